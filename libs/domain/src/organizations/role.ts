/**
 * Positions the source documents name inside one organization's leadership, and the audit office's head (审计处,
 * 常州工学院责任清单第 11 项), who is not a team member but owes the in-tenure audits.
 */
export const ROLES = ['principal', 'member', 'discipline_secretary', 'organization_head', 'audit_head'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  principal: '一把手',
  member: '班子成员',
  discipline_secretary: '纪委书记',
  organization_head: '组织部长',
  audit_head: '审计部门负责人',
};

/** Roles that supervise (纪委 and 组织部 heads): they decide escalations in their subtree. */
export const SUPERVISING_ROLES: readonly Role[] = ['discipline_secretary', 'organization_head'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Seats that are not part of the leadership team (领导班子): left out of "each other team member" fan-outs. */
export const NON_TEAM_ROLES: readonly Role[] = ['audit_head'];
