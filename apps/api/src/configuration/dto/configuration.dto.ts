import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SchemaObjectMetadata } from '@nestjs/swagger/dist/interfaces/schema-object-metadata.interface';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';
import { AUDIENCES, CADENCE_LABELS, DUE_DATE_MODES, ISO_DURATION_PATTERN, REGIME_IDS } from '@duban/domain';
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

const DURATION = { type: 'string', pattern: ISO_DURATION_PATTERN.source, description: 'ISO-8601 时长，最长 P10Y' } as const;

/** The shape of each overridable field (the values are then judged against the template by `validateOverride`). */
const OVERRIDE_FIELDS_SCHEMA = {
  type: 'object' as const,
  additionalProperties: false,
  properties: {
    enabled: { type: 'boolean' },
    cadence: { type: 'string', enum: Object.keys(CADENCE_LABELS), description: '按周期的义务不能改为事件触发（event），反之亦然' },
    minPerPeriod: { type: 'integer', minimum: 1, maximum: 366 },
    dueRule: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: { kind: { type: 'string', enum: ['end_of_period', 'months_into_period', 'after_period_end', 'after_event'] }, months: { type: 'integer', minimum: 1, maximum: 60, description: '1 至一个周期（或一次）的月数' }, within: DURATION },
      description: '{kind:"end_of_period"}、{kind:"months_into_period",months:N}、{kind:"after_period_end",within:"P1M"} 或 {kind:"after_event",within:"P1M"}，须落在周期之内',
    },
    reminderOffsets: { type: 'array', items: DURATION },
    gracePeriod: DURATION,
    approvalTimeout: { ...DURATION, description: 'ISO-8601 时长，大于零，最长 P10Y' },
    overdueReminderInterval: { ...DURATION, nullable: true, description: 'ISO-8601 时长，大于零，最长 P10Y；null 不再催办' },
    acknowledgeReminderInterval: { ...DURATION, nullable: true, description: 'ISO-8601 时长，大于零，最长 P10Y；null 不再请签收' },
    warningWindow: DURATION,
    escalation: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['after', 'notify', 'requiresApproval'],
        properties: { after: DURATION, notify: { type: 'array', minItems: 1, items: { type: 'string', enum: [...AUDIENCES] } }, requiresApproval: { type: 'boolean' } },
      },
      description: '升级链，各级的 after 逐级递增，如 [{after:"P15D",notify:["parent:principal"],requiresApproval:true}]',
    },
  },
} satisfies SchemaObjectMetadata;

export class OverrideDto {
  @ApiProperty({
    ...OVERRIDE_FIELDS_SCHEMA,
    example: { minPerPeriod: 2 },
    description: '要覆盖的字段（只能是下列字段）；空对象表示撤销覆盖。各值还须与该义务模板相容（周期类型、截止规则在周期之内）',
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
