import { chinaWorkdayCalendar } from '../calendar/china-workdays';
import { ConfigLink, effectiveConfiguration, TemplateOverride } from '../configuration/effective-configuration';
import type { StaffedOrg, StaffedPosition } from '../cycles/assign-duties';
import type { RegimeId } from '../packs/citation';
import type { Role } from '../organizations/role';
import { EventLevel, OrgEvent, planEventDuties, triggersOf } from './plan-event-duties';
import { tenureMilestones } from './tenure';

const seat = (org: string, role: Role, person: string | null = `${org}-${role}`): StaffedPosition => ({ positionId: `pos-${org}-${role}`, role, title: role, personId: person });
const ref = (org: string, role: Role) => ({ personId: `${org}-${role}`, positionId: `pos-${org}-${role}` });

/** 上级 (parent) with its seats and two subordinates; 本级 (child) with its team. */
const parentOrg: StaffedOrg = {
  id: 'parent',
  name: '上级党委',
  positions: [seat('parent', 'principal'), seat('parent', 'discipline_secretary'), seat('parent', 'organization_head'), seat('parent', 'audit_head'), seat('parent', 'member')],
  children: [
    { id: 'child', name: '本级党委', principal: ref('child', 'principal'), overseenByPositionId: null },
    { id: 'other', name: '其他党委', principal: ref('other', 'principal'), overseenByPositionId: null },
  ],
};
const childOrg: StaffedOrg = { id: 'child', name: '本级党委', positions: [seat('child', 'principal'), seat('child', 'member'), seat('child', 'discipline_secretary')], children: [] };

function level(org: StaffedOrg, packId: RegimeId, overrides: TemplateOverride[] = []): EventLevel {
  const chain: ConfigLink[] = [{ organizationId: org.id, organizationName: org.name, settings: { packId }, overrides }];
  return { config: effectiveConfiguration(chain), org };
}
const levels = (packId: RegimeId, overrides: TemplateOverride[] = []) => ({ self: level(childOrg, packId), parent: level(parentOrg, packId, overrides) });
const appointment = (openRectifications = 0): OrgEvent => ({ kind: 'appointment', id: 'a1', organizationId: 'child', date: '2027-03-10', subject: ref('child', 'principal'), openRectifications });
const summary = (plan: ReturnType<typeof planEventDuties>) =>
  plan.duties.map((d) => [d.templateId, d.draft.responsible.personId, d.draft.counterpart?.personId ?? null, d.due.date]);

describe('planEventDuties', () => {
  it('a new 一把手 (Anhui): the superior 一把手 owes the appointment talk, the new one the disclosure at the first committee meeting', () => {
    const plan = planEventDuties(appointment(), levels('anhui-2022'));
    expect(summary(plan)).toEqual([
      ['appointment-talk', 'parent-principal', 'child-principal', '2027-04-10'],
      ['personal-matters-first-disclosure', 'child-principal', null, '2027-04-10'],
    ]);
    expect(plan.duties.every((d) => d.periodKey === 'event:a1')).toBe(true);
    expect(plan.duties[0].citation).toBe('《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（三）条');
    expect(plan.duties[1].citation).toContain('第（十九）条');
  });

  it('a new 一把手 (Beijing): the appointment talk and the integrity talk owed by the 纪委书记 above', () => {
    expect(summary(planEventDuties(appointment(), levels('beijing-2021')))).toEqual([
      ['appointment-integrity-talk', 'parent-discipline_secretary', 'child-principal', '2027-04-10'],
      ['appointment-talk', 'parent-principal', 'child-principal', '2027-04-10'],
    ]);
  });

  it('the reminder letter (CZ 10) only when the organization has open rectifications', () => {
    const without = planEventDuties(appointment(0), levels('czu-2022'));
    expect(without.duties.map((d) => d.templateId)).toEqual(['appointment-talk']);
    expect(without.skipped.map((s) => s.reason)).toContain('巡察整改履责提醒函：该组织没有未完成的整改事项，无需发送履责提醒函');
    const withOpen = planEventDuties(appointment(2), levels('czu-2022'));
    expect(withOpen.duties.map((d) => d.templateId)).toEqual(['appointment-talk', 'rectification-reminder-letter']);
  });

  it('the configured time limit (an override of dueRule.within) and working-day moves apply', () => {
    const override: TemplateOverride = { templateId: 'appointment-talk', fields: { dueRule: { kind: 'after_event', within: 'P15D' } }, reason: '本地要求 15 日内' };
    expect(summary(planEventDuties(appointment(), levels('central-2021', [override])))).toEqual([['appointment-talk', 'parent-principal', 'child-principal', '2027-03-25']]);
    // 2027-10-01 + P1M = 2027-11-01 (a Monday, a working day); 2026-09-06 + P1M = 2026-10-06, in the National Day holiday.
    const chain: ConfigLink[] = [{ organizationId: 'parent', organizationName: '上级党委', settings: { packId: 'central-2021', dueDateMode: 'next_working_day' }, overrides: [] }];
    const moved = planEventDuties({ ...appointment(), date: '2026-09-06' } as OrgEvent, { self: { config: null, org: childOrg }, parent: { config: effectiveConfiguration(chain), org: parentOrg } }, { calendar: chinaWorkdayCalendar() });
    expect(moved.duties[0].due.movedFrom).toBe('2026-10-06');
    expect(moved.duties[0].due.date > '2026-10-06').toBe(true);
  });

  it('a disabled obligation starts nothing; an organization without a pack owes nothing', () => {
    const off: TemplateOverride = { templateId: 'appointment-talk', fields: { enabled: false }, reason: '试点' };
    expect(planEventDuties(appointment(), levels('central-2021', [off])).duties).toEqual([]);
    expect(planEventDuties(appointment(), { self: { config: null, org: childOrg }, parent: null }).duties).toEqual([]);
  });

  it('an incident (Changzhou, serious case): the special admonition talk from above and the special democratic-life meeting of the team', () => {
    const event: OrgEvent = { kind: 'incident', id: 'i1', organizationId: 'child', date: '2027-05-01', incidentKind: 'serious_case', subject: null };
    expect(summary(planEventDuties(event, levels('czu-2022')))).toEqual([
      ['special-admonition', 'parent-principal', 'child-principal', '2027-05-16'],
      ['special-democratic-life-meeting', 'child-principal', null, '2027-06-01'],
      ['urge-special-dlm', 'parent-organization_head', 'child-principal', '2027-06-01'],
    ]);
  });

  it('incident kinds filter the templates: dereliction (central) starts the admonition talk, not the warning education', () => {
    const event: OrgEvent = { kind: 'incident', id: 'i2', organizationId: 'child', date: '2027-05-01', incidentKind: 'dereliction', subject: null };
    expect(planEventDuties(event, levels('central-2021')).duties.map((d) => d.templateId)).toEqual(['responsibility-admonition', 'urge-special-dlm']);
    const serious: OrgEvent = { ...event, incidentKind: 'serious_case' };
    expect(planEventDuties(serious, levels('central-2021')).duties.map((d) => d.templateId)).toEqual(['urge-special-dlm', 'warning-education']);
  });

  it('inspection findings also start the review of the rectification report, owed from above', () => {
    const event: OrgEvent = { kind: 'incident', id: 'i3', organizationId: 'child', date: '2027-05-01', incidentKind: 'inspection_findings', subject: null };
    expect(triggersOf(event)).toEqual(['incident', 'inspection_feedback']);
    const plan = planEventDuties(event, levels('central-2021'));
    expect(summary(plan)).toContainEqual(['rectification-review', 'parent-principal', 'child-principal', '2027-06-01']);
  });

  it("a team member's early signs: the 纪委书记's reminder talk with that member only, and only when named", () => {
    const named: OrgEvent = { kind: 'incident', id: 'i4', organizationId: 'child', date: '2027-05-01', incidentKind: 'early_warning_signs', subject: ref('child', 'member') };
    expect(summary(planEventDuties(named, levels('anhui-2022')))).toEqual([['discipline-reminder-talk', 'child-discipline_secretary', 'child-member', '2027-05-16']]);
    const unnamed = planEventDuties({ ...named, subject: null } as OrgEvent, levels('anhui-2022'));
    expect(unnamed.duties).toEqual([]);
    expect(unnamed.skipped.map((s) => s.reason)).toEqual(['纪委书记谈话提醒：未指明有关领导班子成员']);
  });

  it('a change in the division of work: the filing with the higher committee (Shanxi, escalating to the stationed group)', () => {
    const plan = planEventDuties({ kind: 'division_change', id: 'd1', organizationId: 'child', date: '2027-02-01' }, levels('shanxi-school-2022'));
    expect(summary(plan)).toEqual([['work-division-filing', 'child-principal', null, '2027-03-01']]);
    expect(plan.duties[0].chase.escalation?.[0].notify).toContain('stationed_group');
  });

  it('tenure: 3 years (Changzhou) gives the audit office the in-tenure audit; 5 years (Shanxi) the organization department the rotation', () => {
    const three: OrgEvent = { kind: 'tenure_3y', id: 'tenure-3y:h1', organizationId: 'child', date: '2030-03-10', subject: ref('child', 'principal') };
    expect(summary(planEventDuties(three, levels('czu-2022')))).toEqual([['tenure-audit', 'parent-audit_head', 'child-principal', '2031-03-10']]);
    const five: OrgEvent = { kind: 'tenure_5y', id: 'tenure-5y:h1', organizationId: 'child', date: '2032-03-10', subject: ref('child', 'principal') };
    expect(summary(planEventDuties(five, levels('shanxi-school-2022')))).toEqual([['rotation', 'parent-organization_head', 'child-principal', '2032-09-10']]);
    expect(planEventDuties(three, levels('shanxi-school-2022')).duties).toEqual([]);
  });

  it('a duty owed from above is skipped with the reason when the seat is vacant', () => {
    const vacant: StaffedOrg = { ...parentOrg, positions: [seat('parent', 'principal', null)] };
    const plan = planEventDuties(appointment(), { self: level(childOrg, 'central-2021'), parent: level(vacant, 'central-2021') });
    expect(plan.duties).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toContain('任职谈话：上级党委principal空缺');
  });
});

describe('tenureMilestones', () => {
  it('3 and 5 years after taking the post, at the start of the day in the zone', () => {
    expect(tenureMilestones('2027-03-10')).toEqual([
      { kind: 'tenure_3y', years: 3, date: '2030-03-10', at: '2030-03-10T00:00:00.000+08:00' },
      { kind: 'tenure_5y', years: 5, date: '2032-03-10', at: '2032-03-10T00:00:00.000+08:00' },
    ]);
    expect(tenureMilestones('2028-02-29')[0].date).toBe('2031-02-28');
    expect(() => tenureMilestones('2027-3-10')).toThrow(RangeError);
  });
});
