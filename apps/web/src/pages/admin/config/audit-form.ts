/** 审计日志导出 (GET /audit/export): the organization (all of them for system administrators only) and the days, inclusive. */
export interface AuditExportValues {
  organizationId?: string;
  /** [from, to], YYYY-MM-DD (Beijing time, both included). */
  range?: [string, string];
}

export function auditExportProblems(values: AuditExportValues, systemAdmin: boolean): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.organizationId && !systemAdmin) problems.organizationId = '请选择组织（导出全部组织须系统管理员）';
  if (!values.range) problems.range = '请选择起止日期';
  else if (values.range[0] > values.range[1]) problems.range = '起始日期不能晚于截止日期';
  return problems;
}

/** The export's address: /audit/export?from=…&to=…[&organizationId=…]. */
export function auditExportPath(values: AuditExportValues): string {
  const query = new URLSearchParams({ from: values.range![0], to: values.range![1] });
  if (values.organizationId) query.set('organizationId', values.organizationId);
  return `/audit/export?${query.toString()}`;
}

/** The API names the dates `from` and `to`; the form picks them in one range. */
export const AUDIT_FIELD_RENAMES: Record<string, string> = { from: 'range', to: 'range' };

/** One entry of GET /audit/entries. */
export interface AuditEntry {
  seq: string;
  at: string;
  actor: string;
  actorName: string | null;
  action: string;
  actionLabel: string;
  table: string;
  rowId: string | null;
  organization: string;
  before: string | null;
  after: string | null;
}

const TABLE_LABELS: Record<string, string> = {
  organizations: '组织',
  people: '人员',
  positions: '职位',
  position_holdings: '任职',
  organization_administrators: '组织管理员',
  obligation_activations: '义务启用',
  duties: '事项',
  escalation_proposals: '升级建议',
  extension_requests: '延期申请',
  warning_notices: '预警函',
  users: '登录账号',
  organization_settings: '组织设置',
  obligation_overrides: '义务覆盖',
  calendar_years: '节假日日历',
};

export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? table;
}

/** Who did it: the person's name, or what the actor stands for (`system`, `cli:…`). */
export function actorLabel(entry: Pick<AuditEntry, 'actor' | 'actorName'>): string {
  if (entry.actorName) return entry.actorName;
  if (entry.actor.startsWith('person:')) return `人员 ${entry.actor.slice(7, 15)}…`;
  if (entry.actor === 'system' || entry.actor.startsWith('system')) return '系统';
  return entry.actor;
}

/** The fields an update changed, `name：旧 → 新` (not the row's own update stamp); an insert or delete lists nothing (the whole row is shown). */
export function changedFields(before: string | null, after: string | null): string[] {
  if (!before || !after) return [];
  let was: Record<string, unknown>;
  let now: Record<string, unknown>;
  try {
    was = JSON.parse(before) as Record<string, unknown>;
    now = JSON.parse(after) as Record<string, unknown>;
  } catch {
    return [];
  }
  const text = (v: unknown) => (v === null || v === undefined ? '空' : typeof v === 'string' ? v : JSON.stringify(v));
  return [...new Set([...Object.keys(was), ...Object.keys(now)])]
    .filter((key) => key !== 'updated_at' && JSON.stringify(was[key]) !== JSON.stringify(now[key]))
    .map((key) => `${key}：${text(was[key])} → ${text(now[key])}`);
}
