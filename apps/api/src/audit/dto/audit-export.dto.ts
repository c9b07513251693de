import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';

export class AuditExportQuery {
  @ApiProperty({ description: '组织（含其全部下级）' })
  @IsUUID()
  organizationId!: string;

  @ApiProperty({ example: '2026-01-01', description: '起始日期（含，北京时间）' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-12-31', description: '截止日期（含，北京时间）' })
  @IsCalendarDate()
  to!: string;
}
