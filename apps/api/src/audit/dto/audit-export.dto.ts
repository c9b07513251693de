import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsUUID } from 'class-validator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';
import { Optional } from '../../common/validation/optional.decorator';

export class AuditExportQuery {
  @ApiPropertyOptional({ description: '组织（含其全部下级，及在其中任职、登记的人员的账号变更）；不填为全部（仅系统管理员）' })
  @Optional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: '2026-01-01', description: '起始日期（含，北京时间）' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-12-31', description: '截止日期（含，北京时间），不得早于 from' })
  @IsCalendarDate()
  to!: string;
}

export class AuditListQuery extends AuditExportQuery {
  @ApiPropertyOptional({ default: 1 })
  @Optional()
  @Type(() => Number)
  @IntegerBetween(1, 10_000)
  page?: number;

  @ApiPropertyOptional({ default: 50 })
  @Optional()
  @Type(() => Number)
  @IntegerBetween(1, 200)
  pageSize?: number;
}
