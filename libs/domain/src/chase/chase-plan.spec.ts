import { planChase } from './chase-plan';

const policy = { reminderOffsets: ['P30D', 'P7D', 'P1D'], gracePeriod: 'P15D', approvalTimeout: 'P7D' };
const due = '2027-01-01T00:00:00+08:00';
const ms = (iso: string) => Date.parse(iso);

describe('planChase', () => {
  it('puts every reminder before the due date, earliest first, keyed by its offset', () => {
    const plan = planChase({ dueAt: due, policy, now: ms('2026-01-01T00:00:00+08:00') });
    expect(plan.reminders.map((r) => [r.key, new Date(r.at).toISOString()])).toEqual([
      ['reminder:P30D', '2026-12-01T16:00:00.000Z'],
      ['reminder:P7D', '2026-12-24T16:00:00.000Z'],
      ['reminder:P1D', '2026-12-30T16:00:00.000Z'],
    ]);
    expect(plan.dueAt).toBe(ms(due));
    expect(new Date(plan.proposeAt).toISOString()).toBe('2027-01-15T16:00:00.000Z');
    expect(plan.approvalTimeoutMs).toBe(7 * 86_400_000);
  });

  it('sends the latest passed reminder at once when a duty is created late, and drops older ones', () => {
    const now = ms('2026-12-27T09:00:00+08:00');
    const plan = planChase({ dueAt: due, policy, now });
    expect(plan.reminders.map((r) => [r.key, r.at])).toEqual([
      ['reminder:P7D', now],
      ['reminder:P1D', ms('2026-12-31T00:00:00+08:00')],
    ]);
  });

  it('sends no reminder once the duty is already due', () => {
    expect(planChase({ dueAt: due, policy, now: ms('2027-01-02T00:00:00+08:00') }).reminders).toEqual([]);
  });

  it('gives the reminders of an extended due date their own keys', () => {
    const plan = planChase({ dueAt: '2027-02-01T00:00:00+08:00', policy, now: ms('2027-01-10T00:00:00+08:00'), round: 1 });
    expect(plan.reminders.map((r) => r.key)).toEqual(['r1:reminder:P30D', 'r1:reminder:P7D', 'r1:reminder:P1D']);
  });

  it('counts calendar months in the zone', () => {
    const plan = planChase({ dueAt: '2027-03-31T00:00:00+08:00', policy: { ...policy, reminderOffsets: ['P1M'] }, now: 0 });
    expect(new Date(plan.reminders[0].at).toISOString()).toBe('2027-02-27T16:00:00.000Z');
  });

  it('collapses offsets that land on the same moment and works with seconds', () => {
    const plan = planChase({ dueAt: '2027-01-01T00:00:10+08:00', policy: { reminderOffsets: ['PT5S', 'PT5S', 'PT8S'], gracePeriod: 'PT3S', approvalTimeout: 'PT4S' }, now: 0 });
    expect(plan.reminders.map((r) => r.key)).toEqual(['reminder:PT8S', 'reminder:PT5S']);
    expect(plan.proposeAt - plan.dueAt).toBe(3_000);
    expect(plan.approvalTimeoutMs).toBe(4_000);
  });

  it('refuses an invalid due date', () => {
    expect(() => planChase({ dueAt: 'not a date', policy, now: 0 })).toThrow('截止时间无效');
  });
});
