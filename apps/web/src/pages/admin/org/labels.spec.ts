import { bySeat, roleLabel } from './labels';

describe('seats', () => {
  it('in a stable order: 一把手, 班子成员, 纪委书记, 组织部长, 审计部门负责人, then unknown roles; by title within a role', () => {
    const seats = [
      { role: 'organization_head', title: '组织部部长' },
      { role: 'member', title: '党委委员' },
      { role: 'other', title: '某' },
      { role: 'discipline_secretary', title: '纪委书记' },
      { role: 'member', title: '党委副书记' },
      { role: 'principal', title: '党委书记' },
    ];
    expect([...seats].sort(bySeat).map((seat) => seat.title)).toEqual(['党委书记', '党委副书记', '党委委员', '纪委书记', '组织部部长', '某']);
  });

  it('role labels in Chinese, the code itself when unknown', () => {
    expect(roleLabel('principal')).toBe('一把手');
    expect(roleLabel('mystery')).toBe('mystery');
  });
});
