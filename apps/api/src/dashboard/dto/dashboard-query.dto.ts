import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Optional } from '../../common/validation/optional.decorator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';

export class DashboardQuery {
  @ApiPropertyOptional({ example: 2026, description: '统计哪一年截止的事项（2000–2100）；默认今年' })
  @Optional()
  @Type(() => Number)
  @IntegerBetween(2000, 2100)
  year?: number;
}
