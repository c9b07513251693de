/** Chinese names of the API's codes (the same words as libs/domain, which the console does not import). */

export const ROLES = ['principal', 'member', 'discipline_secretary', 'organization_head', 'audit_head'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  principal: '一把手',
  member: '班子成员',
  discipline_secretary: '纪委书记',
  organization_head: '组织部长',
  audit_head: '审计部门负责人',
};

/** 纪委书记 and 组织部长 supervise by their role; other seats only when marked supervising. */
export const SUPERVISING_ROLES: readonly string[] = ['discipline_secretary', 'organization_head'];

export const roleLabel = (role: string): string => ROLE_LABELS[role as Role] ?? role;

export const INCIDENT_KINDS = [
  'dereliction',
  'major_accident',
  'serious_case',
  'decision_error',
  'inspection_findings',
  'review_findings',
  'rectification_inadequate',
  'early_warning_signs',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  dereliction: '“一把手”失职失责、落实责任不到位',
  major_accident: '重大事故事件（含突发事件处置失当）',
  serious_case: '严重违纪违法案件或严重“四风”问题',
  decision_error: '重大决策失误',
  inspection_findings: '纪律检查、巡视巡察、审计发现重要问题',
  review_findings: '述责述廉评议、政治生态分析研判反馈问题',
  rectification_inadequate: '问题较为突出、整改不到位',
  early_warning_signs: '领导班子成员有苗头性、倾向性问题',
};

/** Incident kinds about one team member, who must then be named. */
export const PERSONAL_INCIDENT_KINDS: readonly string[] = ['early_warning_signs'];

export const APPOINTMENT_KINDS = ['appointment', 'transfer', 'removal'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_KIND_LABELS: Record<AppointmentKind, string> = { appointment: '任职', transfer: '调任', removal: '免职' };

export const APPOINTMENT_STATUS_LABELS: Record<string, { text: string; status: 'Success' | 'Processing' | 'Default' }> = {
  scheduled: { text: '待生效', status: 'Processing' },
  effective: { text: '已生效', status: 'Success' },
  void: { text: '已作废', status: 'Default' },
};

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** Seats in a stable order (the API orders by creation, which ties for seats made together): by role, then title. */
export function bySeat<T extends { role: string; title: string }>(a: T, b: T): number {
  const rank = (role: string) => {
    const index = (ROLES as readonly string[]).indexOf(role);
    return index < 0 ? ROLES.length : index;
  };
  return rank(a.role) - rank(b.role) || a.title.localeCompare(b.title, 'zh-CN');
}
