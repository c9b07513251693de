/** What GET /auth/me says of the person's standing (decided by the API; the console only picks menus by it). */
export type Role = 'leader' | 'supervisor' | 'administrator' | 'systemAdmin';

export interface Roles {
  leader: boolean;
  supervisor: boolean;
  administrator: boolean;
  systemAdmin: boolean;
}

export const ROLE_LABELS: Record<Role, string> = { leader: '责任领导', supervisor: '监督人员', administrator: '组织管理员', systemAdmin: '系统管理员' };

export function rolesHeld(roles: Roles): Role[] {
  return (Object.keys(ROLE_LABELS) as Role[]).filter((role) => roles[role]);
}
