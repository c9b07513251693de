import { AccessTarget, Action, decide, relationsTo } from './access.policy';
import { Principal, PrincipalScope } from './principal';

/**
 * 省 → 市 → 区, and 省 → 大学 beside 市. Who is who:
 * - admin: system administrator; cityAdmin: administrator of 市; cityJiwei: 纪委书记 of 市;
 * - cityLeader: 一把手 of 市 (owes the duty); districtLeader: 一把手 of 区 (counterpart); uniJiwei: 纪委书记 of 大学.
 */
const chain = { province: ['province'], city: ['city', 'province'], district: ['district', 'city', 'province'], university: ['university', 'province'] };
const person = (personId: string, systemAdmin = false): Principal => ({ personId, systemAdmin });
const scope = (s: Partial<Record<keyof PrincipalScope, string[]>> = {}): PrincipalScope => ({
  memberOf: new Set(s.memberOf ?? []),
  supervises: new Set(s.supervises ?? []),
  administers: new Set(s.administers ?? []),
});
const who = {
  admin: [person('admin', true), scope()],
  cityAdmin: [person('cityAdmin'), scope({ administers: ['city'] })],
  cityJiwei: [person('cityJiwei'), scope({ memberOf: ['city'], supervises: ['city'] })],
  cityLeader: [person('cityLeader'), scope({ memberOf: ['city'] })],
  districtLeader: [person('districtLeader'), scope({ memberOf: ['district'] })],
  uniJiwei: [person('uniJiwei'), scope({ memberOf: ['university'], supervises: ['university'] })],
  stranger: [person('stranger'), scope()],
} as const;

const cityDuty: AccessTarget = { kind: 'duty', chain: chain.city, responsiblePersonId: 'cityLeader', counterpartPersonId: 'districtLeader' };

function outcome(key: keyof typeof who, action: Action, target: AccessTarget): string {
  const [principal, s] = who[key];
  return decide(action, relationsTo(principal, s, target), target).outcome;
}

describe('access policy', () => {
  it.each([
    // [who, action, expected]
    ['cityLeader', 'duty.complete', 'allow'],
    ['cityLeader', 'duty.acknowledge', 'allow'],
    ['cityLeader', 'duty.request-extension', 'allow'],
    ['cityLeader', 'duty.add-evidence', 'allow'],
    ['districtLeader', 'duty.add-evidence', 'forbid'],
    ['cityJiwei', 'duty.add-evidence', 'forbid'],
    ['uniJiwei', 'duty.add-evidence', 'hide'],
    ['cityLeader', 'escalation.decide', 'forbid'],
    ['districtLeader', 'duty.read', 'allow'],
    ['districtLeader', 'duty.complete', 'forbid'],
    ['cityJiwei', 'duty.read', 'allow'],
    ['cityJiwei', 'duty.complete', 'forbid'],
    ['cityJiwei', 'escalation.decide', 'allow'],
    ['cityJiwei', 'extension.decide', 'allow'],
    ['cityAdmin', 'duty.read', 'allow'],
    ['cityAdmin', 'escalation.decide', 'forbid'],
    ['admin', 'duty.read', 'allow'],
    ['admin', 'duty.complete', 'forbid'],
    ['uniJiwei', 'duty.read', 'hide'],
    ['uniJiwei', 'escalation.decide', 'hide'],
    ['stranger', 'duty.complete', 'hide'],
    ['cityJiwei', 'duty.review', 'allow'],
    ['cityJiwei', 'duty.appraise', 'allow'],
    ['cityLeader', 'duty.review', 'forbid'],
    ['cityLeader', 'duty.appraise', 'forbid'],
    ['districtLeader', 'duty.review', 'forbid'],
    ['cityAdmin', 'duty.review', 'forbid'],
    ['admin', 'duty.review', 'forbid'],
    ['uniJiwei', 'duty.review', 'hide'],
    ['stranger', 'duty.review', 'hide'],
    ['stranger', 'duty.appraise', 'hide'],
  ] as const)('%s may %s on a duty of 市: %s', (key, action, expected) => {
    expect(outcome(key, action, cityDuty)).toBe(expected);
  });

  it('nobody decides their own case, even a supervisor', () => {
    const own: AccessTarget = { ...cityDuty, responsiblePersonId: 'cityJiwei' } as AccessTarget;
    const [principal, s] = who.cityJiwei;
    expect(decide('escalation.decide', relationsTo(principal, s, own), own)).toEqual({ outcome: 'forbid', message: '不能对自己负责的事项作出决定' });
  });

  it('a supervisor of 市 oversees 区 below it, not 省 above it nor 大学 beside it', () => {
    const below: AccessTarget = { ...cityDuty, chain: chain.district } as AccessTarget;
    const above: AccessTarget = { ...cityDuty, chain: chain.province } as AccessTarget;
    const beside: AccessTarget = { ...cityDuty, chain: chain.university } as AccessTarget;
    expect(outcome('cityJiwei', 'escalation.decide', below)).toBe('allow');
    expect(outcome('cityJiwei', 'escalation.decide', above)).toBe('hide');
    expect(outcome('cityJiwei', 'escalation.decide', beside)).toBe('hide');
  });

  it('an administrator manages the subtree and nothing above or beside it', () => {
    const org = (c: readonly string[]): AccessTarget => ({ kind: 'organization', chain: c });
    expect(outcome('cityAdmin', 'organization.manage', org(chain.city))).toBe('allow');
    expect(outcome('cityAdmin', 'position.manage', org(chain.district))).toBe('allow');
    expect(outcome('cityAdmin', 'organization.manage', org(chain.province))).toBe('hide');
    expect(outcome('cityAdmin', 'organization.manage', org(chain.university))).toBe('hide');
    expect(outcome('cityAdmin', 'organization.create', org([]))).toBe('forbid');
    expect(outcome('admin', 'organization.create', org([]))).toBe('allow');
    // A leader sees their own organization but does not manage it.
    expect(outcome('cityLeader', 'organization.read', org(chain.city))).toBe('allow');
    expect(outcome('cityLeader', 'organization.manage', org(chain.city))).toBe('forbid');
    expect(outcome('cityLeader', 'organization.read', org(chain.district))).toBe('hide');
  });

  it('random checks: administrators (and the system) draw, void and confirm; supervisors read; leaders neither', () => {
    const org = (c: readonly string[]): AccessTarget => ({ kind: 'organization', chain: c });
    expect(outcome('cityAdmin', 'check.manage', org(chain.city))).toBe('allow');
    expect(outcome('admin', 'check.manage', org(chain.city))).toBe('allow');
    expect(outcome('cityJiwei', 'check.manage', org(chain.city))).toBe('forbid');
    expect(outcome('cityJiwei', 'check.read', org(chain.city))).toBe('allow');
    expect(outcome('cityLeader', 'check.read', org(chain.city))).toBe('forbid');
    expect(outcome('uniJiwei', 'check.read', org(chain.city))).toBe('hide');
  });

  const personIn = (personId: string, placements: string[][], extra: Partial<{ rights: string[][]; systemAdmin: boolean }> = {}): AccessTarget => ({
    kind: 'person',
    personId,
    placements,
    rights: extra.rights ?? placements,
    systemAdmin: extra.systemAdmin ?? false,
  });

  it('people: oneself, colleagues and people placed in the subtree are visible; a person placed nowhere only to system administrators', () => {
    const inDistrict = personIn('districtLeader', [chain.district]);
    const unplaced = personIn('newcomer', []);
    expect(outcome('cityAdmin', 'person.manage', inDistrict)).toBe('allow');
    expect(outcome('cityJiwei', 'person.read', inDistrict)).toBe('allow');
    expect(outcome('cityJiwei', 'person.manage', inDistrict)).toBe('forbid');
    expect(outcome('districtLeader', 'person.read', inDistrict)).toBe('allow');
    expect(outcome('uniJiwei', 'person.read', inDistrict)).toBe('hide');
    expect(outcome('cityAdmin', 'person.manage', unplaced)).toBe('hide');
    expect(outcome('cityAdmin', 'person.read', unplaced)).toBe('hide');
    expect(outcome('cityLeader', 'person.read', unplaced)).toBe('hide');
    expect(outcome('admin', 'person.manage', unplaced)).toBe('allow');
  });

  it('people: a past position or the organization of registration places a person as a current position does', () => {
    const formerlyInDistrict = personIn('retired', [chain.district], { rights: [] });
    expect(outcome('cityAdmin', 'person.manage', formerlyInDistrict)).toBe('allow');
    expect(outcome('cityJiwei', 'person.read', formerlyInDistrict)).toBe('allow');
    expect(outcome('uniJiwei', 'person.read', formerlyInDistrict)).toBe('hide');
  });

  it('people: nobody but a system administrator manages an account with rights beyond their own', () => {
    // The system administrator, even once placed in the city.
    const systemAdmin = personIn('admin', [chain.city], { systemAdmin: true });
    expect(outcome('cityAdmin', 'person.read', systemAdmin)).toBe('allow');
    expect(outcome('cityAdmin', 'person.manage', systemAdmin)).toBe('forbid');
    // Someone placed in the city who also supervises the province (or the university).
    const provinceJiwei = personIn('provinceJiwei', [chain.city, chain.province]);
    expect(outcome('cityAdmin', 'person.manage', provinceJiwei)).toBe('forbid');
    const alsoAtUniversity = personIn('both', [chain.district, chain.university]);
    expect(outcome('cityAdmin', 'person.manage', alsoAtUniversity)).toBe('forbid');
    // A fellow administrator of the city, or one of the district below it: within the city's rights.
    expect(outcome('cityAdmin', 'person.manage', personIn('otherCityAdmin', [chain.city]))).toBe('allow');
    expect(outcome('cityAdmin', 'person.manage', personIn('districtAdmin', [chain.district]))).toBe('allow');
    // System administrators manage everyone.
    expect(outcome('admin', 'person.manage', provinceJiwei)).toBe('allow');
  });

  it('履责记实台账: one’s own, and those of people placed where one administers or supervises; others may not even learn of it', () => {
    const cityLeader = personIn('cityLeader', [chain.city]);
    expect(outcome('cityLeader', 'ledger.read', cityLeader)).toBe('allow');
    expect(outcome('cityJiwei', 'ledger.read', cityLeader)).toBe('allow');
    expect(outcome('cityAdmin', 'ledger.read', cityLeader)).toBe('allow');
    expect(outcome('admin', 'ledger.read', cityLeader)).toBe('allow');
    // A fellow member of the team sees the person, not their ledger; outside the tree it is hidden.
    expect(outcome('cityLeader', 'ledger.read', personIn('cityMember', [chain.city]))).toBe('forbid');
    expect(outcome('uniJiwei', 'ledger.read', cityLeader)).toBe('hide');
    expect(outcome('stranger', 'ledger.read', cityLeader)).toBe('hide');
    // A person who held a position in 区 before: its 纪委 and those above still see the record of it.
    expect(outcome('cityJiwei', 'ledger.read', personIn('formerDistrictLeader', [chain.district]))).toBe('allow');
    // The organization's team: its supervisors and administrators, not its members.
    const city: AccessTarget = { kind: 'organization', chain: chain.city };
    expect(outcome('cityJiwei', 'ledger.read', city)).toBe('allow');
    expect(outcome('cityAdmin', 'ledger.read', city)).toBe('allow');
    expect(outcome('cityLeader', 'ledger.read', city)).toBe('forbid');
    expect(outcome('uniJiwei', 'ledger.read', city)).toBe('hide');
    // The 述责述廉 draft of a duty: its responsible leader and the duty's supervisors; the counterpart sees the duty only.
    expect(outcome('cityLeader', 'ledger.read', cityDuty)).toBe('allow');
    expect(outcome('cityJiwei', 'ledger.read', cityDuty)).toBe('allow');
    expect(outcome('districtLeader', 'ledger.read', cityDuty)).toBe('forbid');
    expect(outcome('uniJiwei', 'ledger.read', cityDuty)).toBe('hide');
  });

  it('organizations: only a system administrator makes a root, by creating or by detaching', () => {
    const root: AccessTarget = { kind: 'organization', chain: [] };
    expect(outcome('admin', 'organization.root', root)).toBe('allow');
    expect(outcome('cityAdmin', 'organization.root', root)).toBe('forbid');
  });

  it('actions on no record: refused with 403, never hidden', () => {
    const none: AccessTarget = { kind: 'none' };
    expect(outcome('admin', 'audit.verify', none)).toBe('allow');
    expect(outcome('cityAdmin', 'audit.verify', none)).toBe('forbid');
    expect(outcome('cityAdmin', 'audit.export', none)).toBe('allow');
    expect(outcome('cityLeader', 'audit.export', none)).toBe('forbid');
    expect(outcome('stranger', 'duty.list', none)).toBe('allow');
  });
});
