import type { DueRule, EffectiveConfiguration, EscalationLevel, OverridableField, SettingSource, ValueSource } from './config-views';

/** The configuration's values and sources in Chinese, for people to read. */

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

export function isIsoDuration(text: unknown): text is string {
  return typeof text === 'string' && DURATION.test(text);
}

/** 'P7D' → '7 天', 'P1M15D' → '1 个月 15 天', 'PT12H' → '12 小时', 'P0D' → '0 天'. Not a duration: as it is. */
export function durationText(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = DURATION.exec(iso);
  if (!match) return iso;
  const units: [string | undefined, string][] = [
    [match[1], '年'],
    [match[2], '个月'],
    [match[3], '周'],
    [match[4], '天'],
    [match[6], '小时'],
    [match[7], '分钟'],
    [match[8], '秒'],
  ];
  const parts = units.filter(([part]) => part).map(([part, unit]) => `${parseInt(part!, 10)} ${unit}`);
  return parts.join(' ');
}

export const DUE_DATE_MODE_LABELS: Record<string, string> = { calendar_day: '按日历日截止', next_working_day: '遇节假日顺延至下一个工作日' };

export const CADENCE_OPTIONS = [
  { value: 'monthly', label: '每月' },
  { value: 'quarterly', label: '每季度' },
  { value: 'half_yearly', label: '每半年' },
  { value: 'yearly', label: '每年' },
  { value: 'per_term', label: '每届' },
  { value: 'event', label: '事件触发' },
] as const;

export const DUE_RULE_KIND_LABELS: Record<DueRule['kind'], string> = {
  end_of_period: '周期最后一天前',
  months_into_period: '周期开始后若干个月内',
  after_period_end: '周期结束后一段时间内',
  after_event: '事件发生后一段时间内',
};

export function dueRuleText(rule: DueRule | undefined | null): string {
  if (!rule) return '—';
  switch (rule.kind) {
    case 'end_of_period':
      return '周期最后一天前';
    case 'months_into_period':
      return `周期开始后 ${rule.months} 个月内`;
    case 'after_period_end':
      return `周期结束后 ${durationText(rule.within)}内`;
    case 'after_event':
      return `事件发生后 ${durationText(rule.within)}内`;
    default:
      return JSON.stringify(rule);
  }
}

const AUDIENCE_ROLES: Record<string, string> = {
  principal: '一把手',
  discipline_secretary: '纪委书记',
  organization_head: '组织部长',
  member: '班子成员',
  audit_head: '审计部门负责人',
};
const AUDIENCE_LEVELS: Record<string, string> = { self: '本级', parent: '上级', grandparent: '上上级' };

function audienceText(audience: string): string {
  if (audience === 'stationed_group') return '派驻纪检监察组';
  const [level, role] = audience.split(':');
  return `${AUDIENCE_LEVELS[level] ?? level}${AUDIENCE_ROLES[role] ?? role ?? ''}`;
}

function escalationText(levels: EscalationLevel[]): string {
  return levels.map((level, i) => `第${i + 1}级${level.after ? `（${durationText(level.after)}后）` : ''}：${(level.notify ?? []).map(audienceText).join('、')}`).join('；');
}

const cadenceLabel = (value: string) => CADENCE_OPTIONS.find((option) => option.value === value)?.label ?? value;

/** A field's value as people read it. */
export function fieldValueText(field: OverridableField, value: unknown): string {
  if (value === undefined) return field === 'escalation' ? '默认“一级抓一级”' : '—';
  if (value === null) return '不提醒';
  switch (field) {
    case 'enabled':
      return value ? '启用' : '停用';
    case 'cadence':
      return cadenceLabel(String(value));
    case 'minPerPeriod':
      return `${String(value)} 次`;
    case 'dueRule':
      return dueRuleText(value as DueRule);
    case 'reminderOffsets':
      return Array.isArray(value) && value.length > 0 ? `截止前 ${value.map((v) => durationText(String(v))).join('、')}` : '不提前提醒';
    case 'escalation':
      return Array.isArray(value) ? escalationText(value as EscalationLevel[]) : JSON.stringify(value);
    default:
      return durationText(String(value));
  }
}

/** Where a field's value comes from. */
export function valueSourceText(source: ValueSource): string {
  switch (source.kind) {
    case 'pack':
      return `策略包 ${source.packId}（${source.version}）`;
    case 'default':
      return '产品默认';
    case 'own_override':
      return '本组织的覆盖';
    case 'inherited_override':
      return `上级“${source.organizationName}”的覆盖`;
  }
}

/** Where a setting (pack, due-date mode, lead time, term) comes from. */
export function settingSourceText(source: SettingSource | undefined): string {
  if (!source) return '—';
  if (source.kind === 'own') return '本组织设置';
  if (source.kind === 'inherited') return `沿用上级“${source.organizationName}”`;
  return '产品默认';
}

/** One obligation of the effective configuration as a table row, with its fields as sub-rows. */
export interface EffectiveRow {
  templateId: string;
  title: string;
  responsible: string;
  counterpart: string;
  cadenceLabel: string;
  enabled: boolean;
  citation: string;
  defaulted: string | null;
  /** How many fields an override sets (own or a parent's). */
  overridden: number;
  fields: EffectiveFieldRow[];
}

export interface EffectiveFieldRow {
  key: string;
  field: OverridableField;
  label: string;
  value: string;
  source: string;
  sourceKind: ValueSource['kind'];
  /** The override's reason, or the default's note. */
  note: string | null;
}

export function effectiveRows(config: EffectiveConfiguration): EffectiveRow[] {
  return config.obligations.map((obligation) => {
    const fields = (Object.keys(obligation.fields) as OverridableField[]).map((field): EffectiveFieldRow => {
      const entry = obligation.fields[field];
      const source = entry.source;
      return {
        key: `${obligation.templateId}:${field}`,
        field,
        label: entry.label,
        value: fieldValueText(field, entry.value),
        source: valueSourceText(source),
        sourceKind: source.kind,
        note: source.kind === 'own_override' || source.kind === 'inherited_override' ? source.reason : source.kind === 'default' ? source.note : null,
      };
    });
    return {
      templateId: obligation.templateId,
      title: obligation.title,
      responsible: obligation.responsible,
      counterpart: obligation.counterpart,
      cadenceLabel: obligation.cadenceLabel,
      enabled: obligation.enabled,
      citation: obligation.citation,
      defaulted: obligation.defaulted,
      overridden: fields.filter((f) => f.sourceKind === 'own_override' || f.sourceKind === 'inherited_override').length,
      fields,
    };
  });
}
