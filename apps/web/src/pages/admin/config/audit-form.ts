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
