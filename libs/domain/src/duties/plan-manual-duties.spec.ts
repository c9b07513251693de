import { effectiveConfiguration } from '../configuration/effective-configuration';
import type { StaffedOrg } from '../cycles/assign-duties';
import { dutiesToOpen } from '../cycles/plan-cycle';
import { planManualDuties } from './plan-manual-duties';

const org: StaffedOrg = {
  id: 'city',
  name: '市委',
  positions: [
    { positionId: 'p-sec', role: 'principal', title: '书记', personId: 'sec' },
    { positionId: 'p-m1', role: 'member', title: '副书记', personId: 'm1' },
    { positionId: 'p-ds', role: 'discipline_secretary', title: '纪委书记', personId: 'ds' },
  ],
  children: [
    { id: 'a', name: '甲区委', principal: { personId: 'a1', positionId: 'p-a' }, overseenByPositionId: 'p-m1' },
    { id: 'b', name: '乙县委', principal: null, overseenByPositionId: null },
  ],
};
const config = effectiveConfiguration([{ organizationId: 'city', organizationName: '市委', settings: { packId: 'anhui-2022' }, overrides: [] }])!;

describe('planManualDuties', () => {
  it('fans out like the template and counts for the cycle’s slot, so a cycle opening it creates the same keys', () => {
    const plan = planManualDuties(config, org, { requestId: 'r1', templateId: 'supervision-talk', dueAt: '2027-06-30T00:00:00+08:00' });
    if ('problem' in plan) throw new Error(plan.problem.reason);
    expect(plan.duties.map((d) => [d.draft.responsible.personId, d.draft.counterpart?.personId, d.periodKey, d.periodLabel, d.dueDate])).toEqual([['sec', 'a1', '2027', '2027年度', '2027-06-29']]);
    expect(plan.skipped).toEqual([{ organizationId: 'b', reason: '乙县委尚无一把手在任' }]);
    expect(plan.duties[0].citation).toContain('《安徽省');

    const cycle = dutiesToOpen(config, org, { enabledAt: '2027-01-01T00:00:00+08:00', openedThrough: null, now: '2027-01-01T00:00:00+08:00' });
    const fromCycle = cycle.duties.filter((d) => d.templateId === 'supervision-talk').map((d) => [d.slot.key, d.draft.responsible.positionId, d.draft.counterpart?.positionId]);
    expect(fromCycle).toEqual(plan.duties.map((d) => [d.periodKey, d.draft.responsible.positionId, d.draft.counterpart?.positionId]));
  });

  it('counts for the slot the due date falls in; a duty due after its period, for that period while within the allowance', () => {
    const keyOf = (templateId: string, dueAt: string, within = config) => {
      const plan = planManualDuties(within, org, { requestId: 'r2', templateId, dueAt });
      if ('problem' in plan) throw new Error(plan.problem.reason);
      return plan.duties[0]?.periodKey;
    };
    expect(keyOf('supervision-talk', '2028-01-05T00:00:00+08:00')).toBe('2028');
    // Shanxi: the 述责述廉 statement of a year is due within a month after it.
    const shanxi = effectiveConfiguration([{ organizationId: 'city', organizationName: '市委', settings: { packId: 'shanxi-school-2022' }, overrides: [] }])!;
    expect(shanxi.obligations.find((o) => o.templateId === 'accountability-statement')?.dueRule).toEqual({ kind: 'after_period_end', within: 'P1M' });
    expect(keyOf('accountability-statement', '2028-01-05T00:00:00+08:00', shanxi)).toBe('2027');
    expect(keyOf('accountability-statement', '2028-03-05T00:00:00+08:00', shanxi)).toBe('2028');
  });

  it('applies chase changes over the template’s policy', () => {
    const plan = planManualDuties(config, org, {
      requestId: 'r4',
      templateId: 'supervision-talk',
      dueAt: '2027-06-30T00:00:00+08:00',
      chase: { reminderOffsets: ['P1D'], gracePeriod: undefined, overdueReminderInterval: null },
    });
    if ('problem' in plan) throw new Error(plan.problem.reason);
    expect(plan.duties[0].policy.reminderOffsets).toEqual(['P1D']);
    expect(plan.duties[0].policy.gracePeriod).toBe(config.obligations.find((o) => o.templateId === 'supervision-talk')!.chase.gracePeriod);
    expect(plan.duties[0].policy.overdueReminderInterval).toBeNull();
  });

  it('an event template’s duties belong to the request alone', () => {
    const plan = planManualDuties(config, org, { requestId: 'r5', templateId: 'appointment-talk', dueAt: '2027-03-01T00:00:00+08:00' });
    if ('problem' in plan) throw new Error(plan.problem.reason);
    expect(new Set(plan.duties.map((d) => d.periodKey))).toEqual(new Set(['manual:r5']));
  });

  it('names the field when the template is not in the pack', () => {
    expect(planManualDuties(config, org, { requestId: 'r6', templateId: 'no-such', dueAt: '2027-03-01T00:00:00+08:00' })).toEqual({
      problem: { field: 'templateId', reason: expect.stringContaining('不是本组织所用策略包（anhui-2022）的义务模板') },
    });
  });

  it('aims a targeted request at the named people, in the slot of the cycle (AH: the term) or keyed to an occasion', () => {
    const counterparts = [{ personId: 'x1', positionId: 'p-x', organizationId: 'x' }];
    const plan = planManualDuties(config, org, { requestId: 'r7', templateId: 'live-statement-rotation', dueAt: '2027-06-30T23:59:59+08:00', counterparts });
    if ('problem' in plan) throw new Error(plan.problem.reason);
    // The same key as the term's duty the cycle issues for that counterpart (each_subordinate_principal, per_term).
    expect(plan.duties.map((d) => [d.draft.responsible.personId, d.draft.counterpart, d.draft.counterpartOrganizationId, d.periodKey, d.dueDate])).toEqual([
      ['sec', { personId: 'x1', positionId: 'p-x' }, 'x', 'T2026-2030', '2027-06-30'],
    ]);
    const drawn = planManualDuties(config, org, { requestId: 'r8', templateId: 'statement-spot-check', dueAt: '2027-10-31T23:59:59+08:00', counterparts, occasionKey: '2027:draw:d1' });
    if ('problem' in drawn) throw new Error(drawn.problem.reason);
    expect(drawn.duties.map((d) => [d.draft.counterpart?.personId, d.periodKey, d.periodLabel])).toEqual([['x1', '2027:draw:d1', '2027年度']]);
    const cycle = dutiesToOpen(config, { ...org, children: [{ id: 'x', name: '某委', principal: { personId: 'x1', positionId: 'p-x' }, overseenByPositionId: null }] }, {
      enabledAt: '2027-01-01T00:00:00+08:00',
      openedThrough: null,
      now: '2027-01-01T00:00:00+08:00',
    });
    const fromCycle = cycle.duties.filter((d) => d.templateId === 'live-statement-rotation');
    expect(fromCycle.map((d) => [d.slot.key, d.draft.responsible.positionId, d.draft.counterpartOrganizationId, d.draft.counterpart?.positionId])).toEqual(
      plan.duties.map((d) => [d.periodKey, d.draft.responsible.positionId, d.draft.counterpartOrganizationId, d.draft.counterpart?.positionId]),
    );
    expect(planManualDuties(config, org, { requestId: 'r9', templateId: 'statement-spot-check', dueAt: '2027-10-31T23:59:59+08:00', counterparts: [] })).toEqual({ duties: [], skipped: [] });
  });
});
