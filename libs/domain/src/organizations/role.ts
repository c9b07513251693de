/** Positions the source documents name inside one organization's leadership. */
export const ROLES = ['principal', 'member', 'discipline_secretary', 'organization_head'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  principal: '一把手',
  member: '班子成员',
  discipline_secretary: '纪委书记',
  organization_head: '组织部长',
};

/** Roles that supervise (纪委 and 组织部 heads): they decide escalations in their subtree. */
export const SUPERVISING_ROLES: readonly Role[] = ['discipline_secretary', 'organization_head'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
