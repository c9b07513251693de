import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn } from 'class-validator';
import { PREVIEW_FORMATS, PreviewFormat } from '../preview.types';
import { Optional } from '../../common/validation/optional.decorator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';

export class PreviewQuery {
  @ApiPropertyOptional({ example: 2027, description: '预览哪一年（2000–2100）；默认今年' })
  @Optional()
  @Type(() => Number)
  @IntegerBetween(2000, 2100)
  year?: number;

  @ApiPropertyOptional({ enum: PREVIEW_FORMATS, default: 'json', description: 'json；csv（UTF-8 带 BOM，Excel 可直接打开）；xlsx' })
  @Optional()
  @IsIn(PREVIEW_FORMATS as unknown as string[])
  format?: PreviewFormat;
}
