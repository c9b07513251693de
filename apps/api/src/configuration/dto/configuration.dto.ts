import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';
import { DUE_DATE_MODES, REGIME_IDS } from '@duban/domain';
import { IsIsoDuration } from '../../common/validation/is-iso-duration.decorator';
import { Nullable, Optional } from '../../common/validation/optional.decorator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';

export class CycleSettingsDto {
  @ApiPropertyOptional({ enum: REGIME_IDS, nullable: true, description: '遵循的策略包（制度）；null 表示沿用上级组织的' })
  @Nullable()
  @IsIn(REGIME_IDS as string[], { message: `应为以下策略包之一：${REGIME_IDS.join('、')}` })
  packId?: string | null;

  @ApiPropertyOptional({ enum: DUE_DATE_MODES, nullable: true, description: 'calendar_day 按日历日截止；next_working_day 遇节假日顺延至下一个工作日；null 沿用上级' })
  @Nullable()
  @IsIn(DUE_DATE_MODES as string[], { message: '应为 calendar_day 或 next_working_day' })
  dueDateMode?: string | null;

  @ApiPropertyOptional({ example: 'P7D', nullable: true, description: '周期开启前多久生成事项（ISO-8601 时长）；null 沿用上级，默认 P0D' })
  @Nullable()
  @IsIsoDuration()
  leadTime?: string | null;

  @ApiPropertyOptional({ example: 2026, nullable: true, description: '本届任期起始年份（按届的义务据此计算）；null 沿用上级，默认 2021' })
  @Nullable()
  @IntegerBetween(2000, 2100)
  termStartYear?: number | null;
}

export class OverrideDto {
  @ApiProperty({
    example: { minPerPeriod: 2 },
    description: '要覆盖的字段：enabled、cadence、minPerPeriod、dueRule、reminderOffsets、gracePeriod、approvalTimeout、overdueReminderInterval、acknowledgeReminderInterval、warningWindow、escalation。空对象表示撤销覆盖',
  })
  @IsObject()
  fields!: Record<string, unknown>;

  @ApiProperty({ example: '学校党委决定一把手每半年与班子成员谈心谈话一次' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ default: false, description: 'true：对未完成的事项立即生效（运行中的督办流程即时调整）；false：自下一周期起生效' })
  @Optional()
  @IsBoolean()
  applyToOpenDuties?: boolean;
}

export class CyclesSwitchDto {
  @ApiProperty({ description: 'true 开启周期（按配置生成各期事项并督办）；false 停止生成新事项（已生成的照常督办）' })
  @IsBoolean()
  enabled!: boolean;

  @ApiPropertyOptional({ default: true, description: '同时作用于全部下级组织' })
  @Optional()
  @IsBoolean()
  includeSubtree?: boolean;
}
