/**
 * The shapes of the configuration, preview, calendar and audit answers (the API returns plain objects its OpenAPI
 * document does not describe: apps/api/src/configuration, preview, calendar, audit, configuration-diff).
 */

export type SettingSource = { kind: 'own' | 'inherited'; organizationId: string; organizationName: string } | { kind: 'default'; note: string };

export type ValueSource =
  | { kind: 'pack'; packId: string; version: string }
  | { kind: 'default'; note: string }
  | { kind: 'own_override' | 'inherited_override'; organizationId: string; organizationName: string; reason: string; overrideId?: string; since?: string };

export interface SourcedSetting<T> {
  value: T;
  source: SettingSource;
}

export type DueDateMode = 'calendar_day' | 'next_working_day';

export interface PackSummary {
  id: string;
  version: string;
  title: string;
  issuer: string;
  issuedOn: string;
  templates: number;
  periodic: number;
  eventDriven: number;
}

export interface PackTemplateView {
  id: string;
  title: string;
  kind: string;
  responsibleLabel: string;
  counterpartLabel: string;
  cadence: string;
  cadenceLabel: string;
  minPerPeriod: number;
  dueRule: DueRule;
  defaulted: string | null;
  citationText: string;
}

export interface PackDetail extends Omit<PackSummary, 'templates' | 'periodic' | 'eventDriven'> {
  templates: PackTemplateView[];
}

export interface CycleSettings {
  organizationId: string;
  own: { packId: string | null; dueDateMode: DueDateMode | null; leadTime: string | null; termStartYear: number | null };
  cycles: { enabled: boolean; enabledAt: string | null; openedThrough: string | null };
  effective: {
    packId: string;
    packTitle: string;
    packSource: SettingSource;
    dueDateMode: SourcedSetting<DueDateMode>;
    leadTime: SourcedSetting<string>;
    termStartYear: SourcedSetting<number>;
  } | null;
}

export type DueRule =
  | { kind: 'end_of_period' }
  | { kind: 'months_into_period'; months: number }
  | { kind: 'after_period_end'; within: string }
  | { kind: 'after_event'; within: string };

export interface EscalationLevel {
  after?: string;
  notify: string[];
  requiresApproval?: boolean;
}

export const OVERRIDABLE_FIELDS = [
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
] as const;
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number];

export interface EffectiveField {
  label: string;
  value?: unknown;
  source: ValueSource;
}

export interface EffectiveObligation {
  templateId: string;
  title: string;
  kind: string;
  responsible: string;
  counterpart: string;
  trigger: string | null;
  enabled: boolean;
  cadenceLabel: string;
  defaulted: string | null;
  citation: string;
  fields: Record<OverridableField, EffectiveField>;
}

export interface EffectiveConfiguration {
  organizationId: string;
  pack: { id: string; version: string; title: string; source: SettingSource } | null;
  message?: string;
  dueDateMode?: SourcedSetting<DueDateMode>;
  leadTime?: SourcedSetting<string>;
  termStartYear?: SourcedSetting<number>;
  obligations: EffectiveObligation[];
}

export interface OverrideRecord {
  id: string;
  organizationId: string;
  templateId: string;
  fields: Record<string, unknown>;
  reason: string;
  appliedToOpenDuties: boolean;
  createdByPersonId: string | null;
  createdAt: string;
  supersededAt: string | null;
}

export interface CycleStatus {
  organizationId: string;
  enabled: boolean;
  enabledAt: string | null;
  openedThrough: string | null;
  running: boolean;
  nextOpening: string | null;
  duties: number;
}

export interface DiffDuty {
  key: string;
  templateId: string;
  title: string;
  period: string;
  dueDate: string;
  responsible?: { personId: string; name: string; positionTitle: string };
  counterpart?: { personId: string; name: string };
}

export interface OrganizationDiff {
  organizationId: string;
  name: string;
  added: DiffDuty[];
  removed: DiffDuty[];
  moved: (DiffDuty & { fromDate: string; toDate: string })[];
}

export interface ConfigurationDiff {
  year: number;
  organizations: OrganizationDiff[];
  totals: { added: number; removed: number; moved: number };
}

export type ConfigurationChange = { kind: 'pack'; packId: string | null } | { kind: 'override'; templateId: string; fields: Record<string, unknown> };

export interface PreviewDuty {
  key?: string;
  obligationId: string;
  obligationTitle: string;
  title: string;
  kind: string;
  packId: string;
  organization: { id: string; name: string };
  responsible: { personId: string; name: string; positionId: string; positionTitle: string; role: string | null; roleLabel: string | null };
  counterpart: { personId: string; name: string } | null;
  counterpartOrganization: { id: string; name: string } | null;
  period: { key: string; label: string; cadenceLabel: string };
  slot: { ordinal: number; count: number };
  dueDate: string;
  dueAt: string;
  movedFrom: string | null;
  createAt: string;
  citation: string;
  defaulted: string | null;
}

export interface DutyPreview {
  organization: { id: string; name: string; code: string | null };
  year: number;
  timeZone: string;
  generatedAt: string;
  calendar: { years: number[]; yearKnown: boolean };
  warnings: string[];
  organizations: { id: string; name: string; packId: string; packTitle: string; dueDateMode: DueDateMode; duties: number }[];
  withoutPack: { id: string; name: string }[];
  duties: PreviewDuty[];
  skipped: { organizationId: string; organizationName: string; reason: string }[];
}

export interface CalendarYearSummary {
  year: number;
  origin: 'built_in' | 'supplied';
  originLabel: string;
  source: string;
  holidays: string[];
  daysOff: number;
  makeUpWorkdays: number;
  replacesBuiltIn: boolean;
  updatedAt: string | null;
}

export interface CalendarYearDetail {
  year: number;
  origin: 'built_in' | 'supplied';
  originLabel: string;
  source: string;
  daysOff: { date: string; name: string }[];
  makeUpWorkdays: string[];
  updatedAt: string | null;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  lastSeq: string;
  firstBroken?: { seq: string; id: string | null; reason: string } | null;
  [key: string]: unknown;
}
