import { Audience, isAudience } from '@duban/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsNotEmpty, IsString, Matches, MaxLength, ValidateBy, ValidateNested } from 'class-validator';
import { IsIsoDuration } from '../../common/validation/is-iso-duration.decorator';
import { IsZonedDateTime } from '../../common/validation/is-zoned-date-time.decorator';
import { Nullable, Optional } from '../../common/validation/optional.decorator';

const IsAudience = () =>
  ValidateBy({
    name: 'isAudience',
    validator: { validate: (v) => isAudience(v), defaultMessage: () => '应为 self|parent|grandparent:角色 或 stationed_group（如 parent:principal）' },
  }, { each: true });

export class EscalationLevelDto {
  @ApiProperty({ example: 'P15D', description: '截止后多久提议（或直接）升级到本级' })
  @IsIsoDuration()
  after!: string;

  @ApiProperty({ example: ['parent:principal', 'parent:discipline_secretary'], description: '通知谁：self|parent|grandparent:principal|member|discipline_secretary|organization_head，或 stationed_group（派驻纪检监察组）' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsAudience()
  notify!: Audience[];

  @ApiProperty({ description: '是否须经监督人员审批' })
  @IsBoolean()
  requiresApproval!: boolean;
}

/** Changes to the chase policy the template has in force (the pack's, with the organization's overrides). */
export class ChasePolicyChangesDto {
  @ApiPropertyOptional({ example: ['P30D', 'P7D', 'P1D'], description: '截止前提醒的时间点（ISO-8601 时长）' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIsoDuration({ each: true })
  reminderOffsets?: string[];

  @ApiPropertyOptional({ example: 'P15D', description: '逾期后提议升级前的宽限期' })
  @Optional()
  @IsIsoDuration()
  gracePeriod?: string;

  @ApiPropertyOptional({ example: 'P7D', description: '升级建议等待审批的时限，超时自动升级' })
  @Optional()
  @IsIsoDuration()
  approvalTimeout?: string;

  @ApiPropertyOptional({ example: 'P7D', nullable: true, description: '逾期后每隔多久再次催办；null 表示不催' })
  @Nullable()
  @IsIsoDuration()
  overdueReminderInterval?: string | null;

  @ApiPropertyOptional({ example: 'P3D', nullable: true, description: '未签收时每隔多久请求签收；null 表示不请求' })
  @Nullable()
  @IsIsoDuration()
  acknowledgeReminderInterval?: string | null;

  @ApiPropertyOptional({ example: 'P7D', description: '截止前多久显示为黄色' })
  @Optional()
  @IsIsoDuration()
  warningWindow?: string;

  @ApiPropertyOptional({ type: [EscalationLevelDto], description: '升级阶梯，逐级递增' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => EscalationLevelDto)
  escalation?: EscalationLevelDto[];
}

/** A duty issued by hand: a template of the organization's pack, a due moment, and optional chase changes. */
export class IssueDutiesDto {
  @ApiProperty({ example: 'supervision-talk', description: '策略包中的义务模板 id（见 GET /packs 与本组织的 effective-configuration）' })
  @Matches(/^[a-z0-9-]{1,64}$/, { message: '应为义务模板 id（小写字母、数字和连字符，最多 64 个字符）' })
  templateId!: string;

  @ApiProperty({ example: '2027-06-30T23:59:59+08:00', description: '截止时刻（带时区）' })
  @IsZonedDateTime()
  dueAt!: string;

  @ApiPropertyOptional({ type: ChasePolicyChangesDto, description: '对该模板现行催办策略的调整（提醒、宽限、升级阶梯……）' })
  @Optional()
  @ValidateNested()
  @Type(() => ChasePolicyChangesDto)
  policy?: ChasePolicyChangesDto;
}

export class CancelDutyDto {
  @ApiProperty({ example: '误下达，已按周期另行生成' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
