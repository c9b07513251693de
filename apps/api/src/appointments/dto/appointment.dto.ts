import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';

export const APPOINTMENT_KINDS = ['appointment', 'transfer', 'removal'] as const;

export class RecordAppointmentDto {
  @ApiProperty({ enum: APPOINTMENT_KINDS, description: 'appointment=任职，transfer=调任（同时免去其他职务），removal=免职' })
  @IsIn(APPOINTMENT_KINDS, { message: '应为 appointment（任职）、transfer（调任）或 removal（免职）' })
  kind!: (typeof APPOINTMENT_KINDS)[number];

  @ApiProperty({ description: '任免人员' })
  @IsUUID()
  personId!: string;

  @ApiProperty({ description: '职位' })
  @IsUUID()
  positionId!: string;

  @ApiPropertyOptional({ description: '职位所在组织（可省略；填写时须与职位一致）' })
  @Optional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: '2027-03-10', description: '生效日期；今天或以前立即生效，以后的日期到期生效' })
  @IsCalendarDate()
  effectiveOn!: string;

  @ApiProperty({ example: '常工党〔2027〕12号', description: '任免文号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  documentNo!: string;
}

export class ListAppointmentsQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  personId?: string;
}
