import { IsZonedDateTime } from '../../common/validation/is-zoned-date-time.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';

export const DECISIONS = ['approve', 'reject', 'extend'] as const;

export class DecideEscalationDto {
  @ApiProperty({ enum: DECISIONS, description: 'approve=批准升级，reject=驳回（须说明理由），extend=给予新的完成期限' })
  @IsIn(DECISIONS)
  decision!: (typeof DECISIONS)[number];

  @ApiPropertyOptional({ description: '驳回或延期的理由；驳回时必填' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: '延期时的新截止时刻（ISO-8601）' })
  @Optional()
  @IsZonedDateTime()
  newDueAt?: string;
}

export class ListEscalationsQuery {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'auto_escalated', 'rejected', 'extended', 'withdrawn'] })
  @Optional()
  @IsIn(['pending', 'approved', 'auto_escalated', 'rejected', 'extended', 'withdrawn'])
  status?: string;

  @ApiPropertyOptional({ description: '责任单位' })
  @Optional()
  @IsUUID()
  organizationId?: string;
}
