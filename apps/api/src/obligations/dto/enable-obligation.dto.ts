import { IsZonedDateTime } from '../../common/validation/is-zoned-date-time.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Audience, isAudience } from '@duban/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsNotEmpty, IsString, MaxLength, ValidateBy, ValidateNested } from 'class-validator';
import { IsIsoDuration } from '../../common/validation/is-iso-duration.decorator';
import { Nullable, Optional } from '../../common/validation/optional.decorator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';

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

export class EnableObligationDto {
  @ApiProperty({ example: 'supervision-talk', description: '义务模板 id（见 GET /obligations）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  obligationId!: string;

  @ApiPropertyOptional({ example: 2026, description: '年度；默认当前年度（北京时间）' })
  @Optional()
  @IntegerBetween(2000, 2100)
  year?: number;

  @ApiPropertyOptional({ example: '2026-12-31T23:59:59+08:00', description: '统一截止时刻，覆盖模板的“年底”规则（演练、测试用）' })
  @Optional()
  @IsZonedDateTime()
  dueAt?: string;

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

  @ApiPropertyOptional({ type: [EscalationLevelDto], description: '升级阶梯，逐级递增；不填为默认：宽限期后报上级、三倍宽限期后报上上级，均须审批' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => EscalationLevelDto)
  escalation?: EscalationLevelDto[];
}

export class DisableObligationDto {
  @ApiProperty({ example: '本单位改按学校规定执行' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ example: 2026 })
  @Optional()
  @IntegerBetween(2000, 2100)
  year?: number;
}
