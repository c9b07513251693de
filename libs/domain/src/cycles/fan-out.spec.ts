import { fanOut, OrgNode } from './fan-out';

const person = (id: string) => ({ personId: `p-${id}`, positionId: `pos-${id}` });
const org = (id: string, principal: boolean, children: OrgNode[] = []): OrgNode => ({
  id,
  name: `单位${id}`,
  principal: principal ? person(id) : null,
  children,
});

describe('fanOut', () => {
  it('makes one duty per subordinate 一把手, owed by this 一把手', () => {
    const result = fanOut('each_subordinate_principal', org('a', true, [org('b', true), org('c', true, [org('d', true)])]));
    expect(result.drafts).toEqual([
      { responsible: person('a'), responsibleOrganizationId: 'a', counterpart: person('b'), counterpartOrganizationId: 'b' },
      { responsible: person('a'), responsibleOrganizationId: 'a', counterpart: person('c'), counterpartOrganizationId: 'c' },
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('says which subordinate has no 一把手', () => {
    const result = fanOut('each_subordinate_principal', org('a', true, [org('b', false)]));
    expect(result.drafts).toEqual([]);
    expect(result.skipped).toEqual([{ organizationId: 'b', reason: '单位b尚无一把手在任' }]);
  });

  it('owes nothing while the organization has no 一把手', () => {
    expect(fanOut('each_subordinate_principal', org('a', false, [org('b', true)])).skipped).toEqual([
      { organizationId: 'a', reason: '单位a尚无一把手在任' },
    ]);
  });

  it('makes a single duty without counterpart for rule none', () => {
    expect(fanOut('none', org('a', true)).drafts).toEqual([
      { responsible: person('a'), responsibleOrganizationId: 'a', counterpart: null, counterpartOrganizationId: null },
    ]);
  });
});
