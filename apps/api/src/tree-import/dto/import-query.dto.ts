import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';

export class TreeImportQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'true：只校验，不导入' })
  @Optional()
  @IsIn(['true', 'false'], { message: '应为 true 或 false' })
  dryRun?: 'true' | 'false';
}
