import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AuditExportQuery {
  @ApiPropertyOptional({ description: '组织（含其全部下级，及在其中任职、登记的人员的账号变更）；不填为全部（仅系统管理员）' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: '2026-01-01', description: '起始日期（含，北京时间）' })
  @Matches(CALENDAR_DATE, { message: '应为日期（YYYY-MM-DD）' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ example: '2026-12-31', description: '截止日期（含，北京时间）' })
  @Matches(CALENDAR_DATE, { message: '应为日期（YYYY-MM-DD）' })
  @IsISO8601({ strict: true })
  to!: string;
}
