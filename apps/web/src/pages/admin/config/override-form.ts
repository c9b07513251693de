import { isIsoDuration } from './config-text';
import type { DueRule, EffectiveObligation, EscalationLevel, OverridableField, OverrideRecord } from './config-views';
import { OVERRIDABLE_FIELDS } from './config-views';

/**
 * 覆盖 one obligation for an organization: each field is either overridden (`use[field]`, with its value in
 * `fields[field]`) or left to the pack and the parents. Saving replaces the organization's current override of the
 * obligation; no field overridden revokes it. The API's 400s name `fields.<field>` and `reason`, as the form does.
 */
export interface DueRuleValues {
  kind: DueRule['kind'];
  months?: number;
  within?: string;
}

export interface OverrideFieldValues {
  enabled?: boolean;
  cadence?: string;
  minPerPeriod?: number;
  dueRule?: DueRuleValues;
  reminderOffsets?: string[];
  gracePeriod?: string;
  approvalTimeout?: string;
  overdueReminderInterval?: string;
  acknowledgeReminderInterval?: string;
  warningWindow?: string;
  escalation?: EscalationLevel[];
}

export interface OverrideValues {
  use: Partial<Record<OverridableField, boolean>>;
  fields: OverrideFieldValues;
  reason?: string;
  applyToOpenDuties?: boolean;
}

/** The fields the form edits (escalation ladders are kept as they are: carried over when already overridden). */
export const EDITABLE_FIELDS: readonly OverridableField[] = OVERRIDABLE_FIELDS.filter((f) => f !== 'escalation');
export const DURATION_FIELDS = ['gracePeriod', 'approvalTimeout', 'overdueReminderInterval', 'acknowledgeReminderInterval', 'warningWindow'] as const;
const NULLABLE_FIELDS: readonly OverridableField[] = ['overdueReminderInterval', 'acknowledgeReminderInterval'];

/** The organization's override of the template in force (not superseded), if any. */
export function activeOverride(records: readonly OverrideRecord[], templateId: string): OverrideRecord | undefined {
  return records.find((r) => r.templateId === templateId && !r.supersededAt);
}

/** The form starts from the values in force, with the organization's own overridden fields ticked. */
export function overrideValues(obligation: EffectiveObligation, active: OverrideRecord | undefined): OverrideValues {
  const value = <T>(field: OverridableField) => obligation.fields[field]?.value as T | undefined;
  const rule = value<DueRule>('dueRule');
  const use: OverrideValues['use'] = {};
  for (const field of OVERRIDABLE_FIELDS) if (active && field in active.fields) use[field] = true;
  return {
    use,
    fields: {
      enabled: value<boolean>('enabled') ?? true,
      cadence: value<string>('cadence'),
      minPerPeriod: value<number>('minPerPeriod'),
      dueRule: rule ? { kind: rule.kind, months: 'months' in rule ? rule.months : undefined, within: 'within' in rule ? rule.within : undefined } : undefined,
      reminderOffsets: value<string[]>('reminderOffsets') ?? [],
      gracePeriod: value<string>('gracePeriod'),
      approvalTimeout: value<string>('approvalTimeout'),
      overdueReminderInterval: value<string | null>('overdueReminderInterval') ?? '',
      acknowledgeReminderInterval: value<string | null>('acknowledgeReminderInterval') ?? '',
      warningWindow: value<string>('warningWindow'),
      escalation: active?.fields.escalation as EscalationLevel[] | undefined,
    },
    reason: '',
    applyToOpenDuties: false,
  };
}

function dueRuleOf(values: DueRuleValues | undefined): DueRule | undefined {
  if (!values) return undefined;
  switch (values.kind) {
    case 'end_of_period':
      return { kind: 'end_of_period' };
    case 'months_into_period':
      return { kind: 'months_into_period', months: Number(values.months) };
    default:
      return { kind: values.kind, within: (values.within ?? '').trim().toUpperCase() };
  }
}

/** The override's fields: the ticked ones only (none: the override is revoked). */
export function overrideFields(values: OverrideValues): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const given = values.fields;
  for (const field of OVERRIDABLE_FIELDS) {
    if (!values.use[field]) continue;
    if (field === 'dueRule') fields.dueRule = dueRuleOf(given.dueRule);
    else if (field === 'reminderOffsets') fields.reminderOffsets = (given.reminderOffsets ?? []).map((d) => d.trim().toUpperCase());
    else if ((DURATION_FIELDS as readonly string[]).includes(field)) {
      const text = String(given[field as (typeof DURATION_FIELDS)[number]] ?? '').trim().toUpperCase();
      fields[field] = text === '' && NULLABLE_FIELDS.includes(field) ? null : text;
    } else fields[field] = given[field as keyof OverrideFieldValues];
  }
  return fields;
}

export function overrideBody(values: OverrideValues): { fields: Record<string, unknown>; reason: string; applyToOpenDuties: boolean } {
  return { fields: overrideFields(values), reason: (values.reason ?? '').trim(), applyToOpenDuties: !!values.applyToOpenDuties };
}

/** The form's checks, per field (`fields.<field>`, `reason`): the Chinese reason or null. */
export function overrideProblems(values: OverrideValues): Record<string, string> {
  const problems: Record<string, string> = {};
  const reason = (values.reason ?? '').trim();
  if (!reason) problems.reason = '请说明覆盖（或撤销覆盖）的理由';
  else if (reason.length > 1000) problems.reason = '理由最多 1000 个字符';
  const fields = overrideFields(values);
  for (const field of DURATION_FIELDS) {
    if (!(field in fields)) continue;
    const value = fields[field];
    if (value === null) continue;
    if (!isIsoDuration(value)) problems[`fields.${field}`] = NULLABLE_FIELDS.includes(field) ? '应为 ISO-8601 时长，如 P3D；留空表示不提醒' : '应为 ISO-8601 时长，如 P7D（7 天）';
  }
  if ('reminderOffsets' in fields && (fields.reminderOffsets as string[]).some((d) => !isIsoDuration(d))) problems['fields.reminderOffsets'] = '每一项都应为 ISO-8601 时长，如 P30D、P7D';
  if ('minPerPeriod' in fields) {
    const n = fields.minPerPeriod;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 366) problems['fields.minPerPeriod'] = '应为 1 至 366 的整数';
  }
  const rule = fields.dueRule as DueRule | undefined;
  if (rule && rule.kind === 'months_into_period' && (!Number.isInteger(rule.months) || rule.months < 1)) problems['fields.dueRule.months'] = '请填写周期开始后的月数（正整数）';
  if (rule && 'within' in rule && !isIsoDuration(rule.within)) problems['fields.dueRule.within'] = '请填写期限，如 P1M（1 个月）、P15D（15 天）';
  return problems;
}

/**
 * Where the API's field names show in the form: the due rule as a whole on its kind, and the change preview's
 * names (configuration-diff puts the override under `change.`: change.fields.minPerPeriod) on the same fields.
 */
export function overrideFormField(apiField: string): string {
  const field = apiField.replace(/^change\./, '');
  return field === 'fields.dueRule' ? 'fields.dueRule.kind' : field === 'templateId' ? 'reason' : field;
}
