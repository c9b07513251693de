import { homePathFor, menuFor, type Area } from './menu';
import type { Roles } from './roles';

const areas: Area<string>[] = [
  {
    key: 'leader',
    pages: [
      { path: 'my-duties', element: 'MyDuties', menu: { name: '我的待办' }, roles: ['leader'] },
      { path: 'duties/:id', element: 'Duty', roles: ['leader', 'supervisor'] },
    ],
  },
  {
    key: 'supervisor',
    pages: [
      { path: 'approvals', element: 'Approvals', menu: { name: '待我审批' }, roles: ['supervisor'] },
      { path: 'duties', element: 'Duties', menu: { name: '事项总览' }, roles: ['supervisor', 'administrator', 'systemAdmin'] },
    ],
  },
  { key: 'admin', pages: [{ path: 'admin', element: 'Admin', menu: { name: '组织与人员管理' }, roles: ['administrator', 'systemAdmin'] }] },
];

const roles = (held: Partial<Roles>): Roles => ({ leader: false, supervisor: false, administrator: false, systemAdmin: false, ...held });
const names = (held: Partial<Roles>) => menuFor(areas, roles(held)).map((entry) => entry.name);

describe('menus by role', () => {
  it('a leader sees their duties only', () => {
    expect(names({ leader: true })).toEqual(['我的待办']);
  });

  it('a supervisor who also holds a position sees both areas, leader first', () => {
    expect(names({ leader: true, supervisor: true })).toEqual(['我的待办', '待我审批', '事项总览']);
  });

  it('an administrator sees the subtree and the administration, not the approvals', () => {
    expect(names({ administrator: true })).toEqual(['事项总览', '组织与人员管理']);
  });

  it('a system administrator sees what administrators see', () => {
    expect(names({ systemAdmin: true })).toEqual(['事项总览', '组织与人员管理']);
  });

  it('pages without a menu entry (a duty) never show, and nobody gets an empty menu by mistake', () => {
    expect(menuFor(areas, roles({ leader: true, supervisor: true })).map((entry) => entry.path)).not.toContain('/duties/:id');
    expect(names({})).toEqual([]);
  });

  it('lands people on their first entry, or the welcome page', () => {
    expect(homePathFor(areas, roles({ leader: true }))).toBe('/my-duties');
    expect(homePathFor(areas, roles({ supervisor: true }))).toBe('/approvals');
    expect(homePathFor(areas, roles({}))).toBe('/welcome');
  });
});
