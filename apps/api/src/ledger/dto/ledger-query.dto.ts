import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn } from 'class-validator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';
import { Optional } from '../../common/validation/optional.decorator';

export const LEDGER_FORMATS = ['json', 'xlsx', 'pdf'] as const;
export type LedgerFormat = (typeof LEDGER_FORMATS)[number];

export class LedgerQuery {
  @ApiPropertyOptional({ example: 2027, description: '哪一年截止的事项（2000–2100）；默认今年' })
  @Optional()
  @Type(() => Number)
  @IntegerBetween(2000, 2100)
  year?: number;

  @ApiPropertyOptional({ enum: LEDGER_FORMATS, default: 'json', description: 'json；xlsx（Excel，可打印）；pdf（横向 A4 台账）' })
  @Optional()
  @IsIn(LEDGER_FORMATS as unknown as string[])
  format?: LedgerFormat;
}
