import type { PackFanOut } from '../packs/pack.types';
import type { Role } from '../organizations/role';
import { assignDuties, StaffedOrg, StaffedPosition } from './assign-duties';

const seat = (positionId: string, role: Role, title: string, personId: string | null): StaffedPosition => ({ positionId, role, title, personId });

/** 党委: 书记 sec, 副书记 m1 and 副校长 m2 (members), 纪委书记 ds, 组织部长 oh; 学院一 (overseen by m1), 学院二, 处室三 (no head yet, overseen by m2). */
function org(overrides: Partial<StaffedOrg> = {}): StaffedOrg {
  return {
    id: 'top',
    name: '某党委',
    positions: [
      seat('p-sec', 'principal', '党委书记', 'sec'),
      seat('p-m1', 'member', '副书记', 'm1'),
      seat('p-m2', 'member', '副校长', 'm2'),
      seat('p-ds', 'discipline_secretary', '纪委书记', 'ds'),
      seat('p-oh', 'organization_head', '组织部长', 'oh'),
    ],
    children: [
      { id: 'c1', name: '学院一', principal: { personId: 'c1p', positionId: 'p-c1' }, overseenByPositionId: 'p-m1' },
      { id: 'c2', name: '学院二', principal: { personId: 'c2p', positionId: 'p-c2' }, overseenByPositionId: null },
      { id: 'c3', name: '处室三', principal: null, overseenByPositionId: 'p-m2' },
    ],
    ...overrides,
  };
}

const rule = (responsibleRole: Role, fanOut: PackFanOut) => ({ responsibleRole, fanOut });
/** responsible person → counterpart person (or organization when no person), one string per duty. */
const pairs = (result: ReturnType<typeof assignDuties>) =>
  result.drafts.map((d) => `${d.responsible.personId}→${d.counterpart?.personId ?? `[${d.counterpartOrganizationId ?? '-'}]`}`);

describe('assignDuties', () => {
  it('none: one duty for the one 一把手, with no counterpart', () => {
    const result = assignDuties(rule('principal', 'none'), org());
    expect(result.drafts).toEqual([
      { responsible: { personId: 'sec', positionId: 'p-sec' }, responsibleOrganizationId: 'top', counterpart: null, counterpartOrganizationId: null },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('none: one duty for each holder of a role several hold (every 班子成员)', () => {
    expect(pairs(assignDuties(rule('member', 'none'), org()))).toEqual(['m1→[-]', 'm2→[-]']);
  });

  it('each_subordinate_principal: one duty per subordinate 一把手; an organization without one is reported', () => {
    const result = assignDuties(rule('principal', 'each_subordinate_principal'), org());
    expect(pairs(result)).toEqual(['sec→c1p', 'sec→c2p']);
    expect(result.drafts.map((d) => d.counterpartOrganizationId)).toEqual(['c1', 'c2']);
    expect(result.skipped).toEqual([{ organizationId: 'c3', reason: '处室三尚无一把手在任' }]);
  });

  it('each_subordinate_principal owed by every member: a missing 一把手 is reported once, not once per member', () => {
    const result = assignDuties(rule('member', 'each_subordinate_principal'), org());
    expect(pairs(result)).toEqual(['m1→c1p', 'm1→c2p', 'm2→c1p', 'm2→c2p']);
    expect(result.skipped).toEqual([{ organizationId: 'c3', reason: '处室三尚无一把手在任' }]);
  });

  it('each_subordinate_committee: one duty per subordinate body, its 一把手 named when there is one', () => {
    const result = assignDuties(rule('discipline_secretary', 'each_subordinate_committee'), org());
    expect(pairs(result)).toEqual(['ds→c1p', 'ds→c2p', 'ds→[c3]']);
    expect(result.skipped).toEqual([]);
  });

  it('each_unit_head_under_member: each member, the heads of the units that member oversees (分管)', () => {
    const result = assignDuties(rule('member', 'each_unit_head_under_member'), org());
    expect(pairs(result)).toEqual(['m1→c1p']);
    expect(result.skipped).toEqual([{ organizationId: 'c3', reason: '处室三尚无负责人在任' }]);
    // a principal oversees no unit: nothing
    expect(assignDuties(rule('principal', 'each_unit_head_under_member'), org()).drafts).toEqual([]);
  });

  it('each_member: every other seat of the team that someone holds, never oneself', () => {
    expect(pairs(assignDuties(rule('principal', 'each_member'), org()))).toEqual(['sec→m1', 'sec→m2', 'sec→ds', 'sec→oh']);
    expect(pairs(assignDuties(rule('member', 'each_member'), org()))).toEqual(['m1→sec', 'm1→m2', 'm1→ds', 'm1→oh', 'm2→sec', 'm2→m1', 'm2→ds', 'm2→oh']);
    const counterparts = assignDuties(rule('principal', 'each_member'), org()).drafts.map((d) => [d.counterpart?.positionId, d.counterpartOrganizationId]);
    expect(counterparts[0]).toEqual(['p-m1', 'top']);
  });

  it('each_member: one person holding two seats is one counterpart; a vacant seat is no counterpart', () => {
    const positions = org().positions.map((p) => (p.role === 'organization_head' ? { ...p, personId: 'ds' } : p.positionId === 'p-m2' ? { ...p, personId: null } : p));
    expect(pairs(assignDuties(rule('principal', 'each_member'), org({ positions })))).toEqual(['sec→m1', 'sec→ds']);
  });

  it('a vacant responsible seat is reported and the other holders keep their duties', () => {
    const positions = org().positions.map((p) => (p.positionId === 'p-m2' ? { ...p, personId: null } : p));
    const result = assignDuties(rule('member', 'none'), org({ positions }));
    expect(pairs(result)).toEqual(['m1→[-]']);
    expect(result.skipped).toEqual([{ organizationId: 'top', reason: '某党委副校长空缺' }]);
    const vacantHead = org().positions.map((p) => (p.role === 'principal' ? { ...p, personId: null } : p));
    expect(assignDuties(rule('principal', 'each_subordinate_principal'), org({ positions: vacantHead }))).toEqual({
      drafts: [],
      skipped: [{ organizationId: 'top', reason: '某党委党委书记空缺' }],
    });
  });

  it('a role the organization has no seat for is reported', () => {
    const positions = org().positions.filter((p) => p.role !== 'organization_head');
    expect(assignDuties(rule('organization_head', 'each_subordinate_principal'), org({ positions }))).toEqual({
      drafts: [],
      skipped: [{ organizationId: 'top', reason: '某党委未设组织部长职位' }],
    });
  });

  it('an organization without subordinates owes nothing per subordinate', () => {
    expect(assignDuties(rule('principal', 'each_subordinate_principal'), org({ children: [] }))).toEqual({ drafts: [], skipped: [] });
  });
});
