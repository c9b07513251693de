import { ChasePolicy, DEFAULT_CHASE_POLICY, EscalationLevel, validateChasePolicy } from '../chase/chase-policy';
import { CADENCE_MONTHS, DEFAULT_TERM_START_YEAR, PeriodicCadence } from '../cycles/cadence-periods';
import { DueDateMode, DUE_DATE_MODES, dueRuleProblem } from '../cycles/due-rules';
import type { RegimeId } from '../packs/citation';
import { findPack } from '../packs/packs';
import type { DueRule, PackCadence, PackTemplate, PolicyPack } from '../packs/pack.types';
import { IsoDuration, isIsoDuration, isoDurationProblem } from '../time/iso-duration';

/** The fields of a template an administrator can override for an organization (and, by inheritance, its subtree). */
export interface OverridableFields {
  enabled: boolean;
  cadence: PackCadence;
  minPerPeriod: number;
  dueRule: DueRule;
  reminderOffsets: IsoDuration[];
  gracePeriod: IsoDuration;
  approvalTimeout: IsoDuration;
  overdueReminderInterval: IsoDuration | null;
  acknowledgeReminderInterval: IsoDuration | null;
  warningWindow: IsoDuration;
  escalation: EscalationLevel[];
}
export type OverridableField = keyof OverridableFields;
export const OVERRIDABLE_FIELDS: readonly OverridableField[] = [
  'enabled',
  'cadence',
  'minPerPeriod',
  'dueRule',
  'reminderOffsets',
  'gracePeriod',
  'approvalTimeout',
  'overdueReminderInterval',
  'acknowledgeReminderInterval',
  'warningWindow',
  'escalation',
];

export const FIELD_LABELS: Readonly<Record<OverridableField, string>> = {
  enabled: '是否启用',
  cadence: '周期',
  minPerPeriod: '每周期最少次数',
  dueRule: '截止规则',
  reminderOffsets: '提前提醒',
  gracePeriod: '宽限期',
  approvalTimeout: '审批时限',
  overdueReminderInterval: '逾期催办间隔',
  acknowledgeReminderInterval: '签收提醒间隔',
  warningWindow: '黄色预警窗口',
  escalation: '升级链',
};

/** An administrator's override of some fields of one template for one organization, with the reason. */
export interface TemplateOverride {
  templateId: string;
  fields: Partial<OverridableFields>;
  reason: string;
  overrideId?: string;
  since?: string;
}

/** Organization-wide settings; null/undefined means "as the parent". */
export interface OrganizationCycleSettings {
  packId?: RegimeId | null;
  dueDateMode?: DueDateMode | null;
  /** How long before a period opens its duties are created. */
  leadTime?: IsoDuration | null;
  /** The first year of the current term (届), from which per-term periods are counted. */
  termStartYear?: number | null;
}

/** One organization on the way from the organization up to the root, with what it sets itself. */
export interface ConfigLink {
  organizationId: string;
  organizationName: string;
  settings: OrganizationCycleSettings;
  overrides: TemplateOverride[];
}

export type ValueSource =
  | { kind: 'pack'; packId: RegimeId; version: string }
  | { kind: 'default'; note: string }
  | { kind: 'own_override' | 'inherited_override'; organizationId: string; organizationName: string; reason: string; overrideId?: string; since?: string };

export interface SourcedValue<T> {
  value: T;
  source: ValueSource;
}

export type SettingSource = { kind: 'own' | 'inherited'; organizationId: string; organizationName: string } | { kind: 'default'; note: string };

/** An obligation as it is in force for one organization. */
export interface EffectiveObligation {
  templateId: string;
  template: PackTemplate;
  enabled: boolean;
  cadence: PackCadence;
  minPerPeriod: number;
  dueRule: DueRule;
  chase: ChasePolicy;
  fields: { [K in OverridableField]: SourcedValue<OverridableFields[K] | undefined> };
}

export interface EffectiveConfiguration {
  pack: PolicyPack;
  packSource: SettingSource;
  dueDateMode: SourcedSetting<DueDateMode>;
  leadTime: SourcedSetting<IsoDuration>;
  termStartYear: SourcedSetting<number>;
  obligations: EffectiveObligation[];
}
export interface SourcedSetting<T> {
  value: T;
  source: SettingSource;
}

const DEFAULT_NOTE = '产品默认值（文件未作规定）';

/**
 * Resolves what is in force for the first organization of `chain` (the organization, then its parent, up to
 * the root): the nearest pack; each field of each template from the nearest override at or below the
 * organization that chose the pack (an organization that chooses its own pack starts afresh), else the pack,
 * else the product default. Null when no organization on the way follows a pack.
 */
export function effectiveConfiguration(chain: readonly ConfigLink[]): EffectiveConfiguration | null {
  const packAt = chain.findIndex((link) => link.settings.packId);
  if (packAt < 0) return null;
  const packLink = chain[packAt];
  const pack = findPack(packLink.settings.packId!);
  if (!pack) return null;
  const scope = chain.slice(0, packAt + 1);

  const setting = <T>(key: keyof OrganizationCycleSettings, fallback: T): SourcedSetting<T> => {
    const i = chain.findIndex((link) => link.settings[key] != null);
    if (i < 0) return { value: fallback, source: { kind: 'default', note: DEFAULT_NOTE } };
    return { value: chain[i].settings[key] as T, source: { kind: i === 0 ? 'own' : 'inherited', organizationId: chain[i].organizationId, organizationName: chain[i].organizationName } };
  };

  const obligations = pack.templates.map((template) => resolveTemplate(pack, template, scope));
  return {
    pack,
    packSource: { kind: packAt === 0 ? 'own' : 'inherited', organizationId: packLink.organizationId, organizationName: packLink.organizationName },
    dueDateMode: setting<DueDateMode>('dueDateMode', 'calendar_day'),
    leadTime: setting<IsoDuration>('leadTime', 'P0D'),
    termStartYear: setting<number>('termStartYear', DEFAULT_TERM_START_YEAR),
    obligations,
  };
}

/** The pack's value of each field, or the product default for the chase fields packs leave open. */
function baseValues(pack: PolicyPack, template: PackTemplate): { [K in OverridableField]: SourcedValue<OverridableFields[K] | undefined> } {
  return {
    enabled: { value: true, source: { kind: 'default', note: '策略包中的义务默认启用' } },
    cadence: fromPack(template.cadence),
    minPerPeriod: fromPack(template.minPerPeriod),
    dueRule: fromPack(template.dueRule),
    reminderOffsets: fromDefault(DEFAULT_CHASE_POLICY.reminderOffsets),
    gracePeriod: fromDefault(DEFAULT_CHASE_POLICY.gracePeriod),
    approvalTimeout: fromDefault(DEFAULT_CHASE_POLICY.approvalTimeout),
    overdueReminderInterval: fromDefault(DEFAULT_CHASE_POLICY.overdueReminderInterval ?? null),
    acknowledgeReminderInterval: fromDefault(DEFAULT_CHASE_POLICY.acknowledgeReminderInterval ?? null),
    warningWindow: fromDefault(DEFAULT_CHASE_POLICY.warningWindow!),
    escalation: template.escalation ? fromPack(template.escalation) : { value: undefined, source: { kind: 'default', note: '默认“一级抓一级”：宽限期后报上级一把手和纪委书记，三倍宽限期后报上上级，均须审批' } },
  };
  function fromPack<T>(value: T): SourcedValue<T> {
    return { value, source: { kind: 'pack', packId: pack.id, version: pack.version } };
  }
  function fromDefault<T>(value: T): SourcedValue<T> {
    return { value, source: { kind: 'default', note: DEFAULT_NOTE } };
  }
}

function resolveTemplate(pack: PolicyPack, template: PackTemplate, scope: readonly ConfigLink[]): EffectiveObligation {
  const fields = baseValues(pack, template);
  // From the top of the scope down, so the nearest override wins.
  for (let i = scope.length - 1; i >= 0; i--) {
    const link = scope[i];
    const override = link.overrides.find((o) => o.templateId === template.id);
    if (!override) continue;
    for (const key of OVERRIDABLE_FIELDS) {
      if (!(key in override.fields)) continue;
      (fields as Record<string, SourcedValue<unknown>>)[key] = {
        value: override.fields[key],
        source: {
          kind: i === 0 ? 'own_override' : 'inherited_override',
          organizationId: link.organizationId,
          organizationName: link.organizationName,
          reason: override.reason,
          ...(override.overrideId ? { overrideId: override.overrideId } : {}),
          ...(override.since ? { since: override.since } : {}),
        },
      };
    }
  }
  const chase: ChasePolicy = {
    reminderOffsets: fields.reminderOffsets.value ?? DEFAULT_CHASE_POLICY.reminderOffsets,
    gracePeriod: fields.gracePeriod.value ?? DEFAULT_CHASE_POLICY.gracePeriod,
    approvalTimeout: fields.approvalTimeout.value ?? DEFAULT_CHASE_POLICY.approvalTimeout,
    overdueReminderInterval: fields.overdueReminderInterval.value ?? null,
    acknowledgeReminderInterval: fields.acknowledgeReminderInterval.value ?? null,
    warningWindow: fields.warningWindow.value ?? DEFAULT_CHASE_POLICY.warningWindow,
    ...(fields.escalation.value ? { escalation: fields.escalation.value } : {}),
  };
  return {
    templateId: template.id,
    template,
    enabled: fields.enabled.value ?? true,
    cadence: fields.cadence.value ?? template.cadence,
    minPerPeriod: fields.minPerPeriod.value ?? template.minPerPeriod,
    dueRule: fields.dueRule.value ?? template.dueRule,
    chase,
    fields,
  };
}

/**
 * Problems of an override for a template, judged on the values it would put in force (the override over what
 * the organization inherits): unknown fields, a cadence that turns an event into a cycle, a count below 1, a
 * due rule outside its period, a malformed duration or escalation chain. Fields are named `fields.<name>…`.
 */
export function validateOverride(inherited: EffectiveObligation, fields: Record<string, unknown>): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const add = (field: string, reason: string) => problems.push({ field: `fields.${field}`, reason });
  for (const key of Object.keys(fields)) {
    if (!(OVERRIDABLE_FIELDS as readonly string[]).includes(key)) add(key, `不能覆盖的字段：${key}（可覆盖：${OVERRIDABLE_FIELDS.join('、')}）`);
  }
  if (problems.length > 0) return problems;
  const f = fields as Partial<OverridableFields>;
  if ('enabled' in f && typeof f.enabled !== 'boolean') add('enabled', '必须是 true 或 false');
  const cadence = f.cadence ?? inherited.cadence;
  if ('cadence' in f) {
    if (f.cadence !== 'event' && !(typeof f.cadence === 'string' && f.cadence in CADENCE_MONTHS)) add('cadence', `未知的周期：${String(f.cadence)}（可选：${Object.keys(CADENCE_MONTHS).join('、')}）`);
    else if ((f.cadence === 'event') !== (inherited.template.cadence === 'event')) add('cadence', inherited.template.cadence === 'event' ? '事件触发的义务不能改为按周期' : '按周期的义务不能改为事件触发');
  }
  const count = f.minPerPeriod ?? inherited.minPerPeriod;
  if ('minPerPeriod' in f && (typeof f.minPerPeriod !== 'number' || !Number.isInteger(f.minPerPeriod) || f.minPerPeriod < 1 || f.minPerPeriod > 366)) {
    add('minPerPeriod', `每周期最少次数必须是 1 至 366 的整数（收到 ${JSON.stringify(f.minPerPeriod)}）`);
  }
  const rule = f.dueRule ?? inherited.dueRule;
  if ('dueRule' in f && !isDueRuleShape(f.dueRule)) add('dueRule', '截止规则格式不正确：应为 {kind:"end_of_period"}、{kind:"months_into_period",months:N}、{kind:"after_period_end",within:"P1M"} 或 {kind:"after_event",within:"P1M"}');
  else if (problems.length === 0 && typeof count === 'number' && count >= 1) {
    const validCadence = cadence === 'event' || cadence in CADENCE_MONTHS;
    if (validCadence) {
      const months = cadence === 'event' ? 0 : CADENCE_MONTHS[cadence as PeriodicCadence];
      if (cadence !== 'event' && count > 1 && months * 31 < count) add('minPerPeriod', `一个周期内安排 ${count} 次过多`);
      const problem = dueRuleProblem(rule, cadence as PeriodicCadence | 'event', count);
      if (problem) problems.push({ field: `fields.${problem.field}`, reason: problem.reason });
    }
  }
  const chase: ChasePolicy = {
    ...inherited.chase,
    ...(f.reminderOffsets !== undefined ? { reminderOffsets: f.reminderOffsets } : {}),
    ...(f.gracePeriod !== undefined ? { gracePeriod: f.gracePeriod } : {}),
    ...(f.approvalTimeout !== undefined ? { approvalTimeout: f.approvalTimeout } : {}),
    ...('overdueReminderInterval' in f ? { overdueReminderInterval: f.overdueReminderInterval ?? null } : {}),
    ...('acknowledgeReminderInterval' in f ? { acknowledgeReminderInterval: f.acknowledgeReminderInterval ?? null } : {}),
    ...(f.warningWindow !== undefined ? { warningWindow: f.warningWindow } : {}),
    ...(f.escalation !== undefined ? { escalation: f.escalation } : {}),
  };
  if ('reminderOffsets' in f && !Array.isArray(f.reminderOffsets)) add('reminderOffsets', '必须是 ISO-8601 时长的数组，如 ["P30D","P7D"]');
  else if ('escalation' in f && (!Array.isArray(f.escalation) || f.escalation.length === 0 || f.escalation.some((l) => typeof l !== 'object' || l === null || !Array.isArray(l.notify)))) {
    add('escalation', '升级链必须是非空数组，每级形如 {after:"P15D",notify:["parent:principal"],requiresApproval:true}');
  } else {
    for (const p of validateChasePolicy(chase)) {
      const key = p.field.split(/[.[]/)[0];
      if (key in f) problems.push({ field: `fields.${p.field}`, reason: p.reason });
    }
  }
  return problems;
}

function isDueRuleShape(rule: unknown): rule is DueRule {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return false;
  const r = rule as Record<string, unknown>;
  const keys = Object.keys(r).sort().join(',');
  switch (r.kind) {
    case 'end_of_period':
      return keys === 'kind';
    case 'months_into_period':
      return keys === 'kind,months' && typeof r.months === 'number';
    case 'after_period_end':
    case 'after_event':
      return keys === 'kind,within' && isIsoDuration(r.within);
    default:
      return false;
  }
}

/** Problems of organization-wide settings, with the field and the reason in Chinese. */
export function validateCycleSettings(settings: Record<string, unknown>): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const { packId, dueDateMode, leadTime, termStartYear } = settings;
  if (packId != null && (typeof packId !== 'string' || !findPack(packId))) problems.push({ field: 'packId', reason: `未知的策略包：${String(packId)}` });
  if (dueDateMode != null && !DUE_DATE_MODES.includes(dueDateMode as DueDateMode)) problems.push({ field: 'dueDateMode', reason: `应为 calendar_day（按日历日）或 next_working_day（遇节假日顺延至下一个工作日）` });
  const leadTimeProblem = leadTime == null ? null : isoDurationProblem(leadTime);
  if (leadTimeProblem) problems.push({ field: 'leadTime', reason: leadTimeProblem });
  if (termStartYear != null && (typeof termStartYear !== 'number' || !Number.isInteger(termStartYear) || termStartYear < 2000 || termStartYear > 2100)) {
    problems.push({ field: 'termStartYear', reason: '届期起始年份必须是 2000 至 2100 之间的整数' });
  }
  return problems;
}
