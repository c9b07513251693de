import { ChasePolicy, escalationLadder, validateChasePolicy } from './chase-policy';
import { afterDecision, afterStep, ChaseProgress, ChaseStep, initialProgress, newRound, nextChaseStep } from './chase-schedule';

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(iso);
const policy: ChasePolicy = {
  reminderOffsets: ['P30D', 'P7D', 'P1D'],
  gracePeriod: 'P15D',
  approvalTimeout: 'P7D',
  overdueReminderInterval: 'P7D',
  acknowledgeReminderInterval: 'P3D',
};
const due = '2027-01-01T00:00:00+08:00';

/** Runs the schedule like the workflow does, with nobody ever answering, until `until`. */
function walk(progress: ChaseProgress, until: number, p: ChasePolicy = policy, periodStart?: string): { steps: [string, string][]; progress: ChaseProgress } {
  const steps: [string, string][] = [];
  for (;;) {
    const step = nextChaseStep(progress, { policy: p, periodStart });
    if (!step || step.at > until) return { steps, progress };
    steps.push([step.key, new Date(step.at).toISOString()]);
    progress = afterStep(progress, step, step.kind === 'propose' ? `p${step.level}` : undefined);
  }
}

describe('nextChaseStep', () => {
  const start = ms('2026-11-01T09:00:00+08:00');

  it('asks for acknowledgement at once and every 3 days, reminds 30, 7 and 1 day ahead, then notices the due date', () => {
    const { steps } = walk(initialProgress(due, start), ms(due));
    expect(steps.filter(([k]) => k.startsWith('acknowledge'))).toHaveLength(21);
    expect(steps.filter(([k]) => !k.startsWith('acknowledge'))).toEqual([
      ['reminder:P30D', '2026-12-01T16:00:00.000Z'],
      ['reminder:P7D', '2026-12-24T16:00:00.000Z'],
      ['reminder:P1D', '2026-12-30T16:00:00.000Z'],
      ['overdue', '2026-12-31T16:00:00.000Z'],
    ]);
  });

  it('stops asking for acknowledgement once acknowledged, but keeps the due-date reminders', () => {
    const progress = { ...afterStep(initialProgress(due, start), { kind: 'acknowledge_request', key: 'acknowledge:0', at: start, n: 0 }), acknowledged: true };
    expect(walk(progress, ms(due)).steps.map(([k]) => k)).toEqual(['reminder:P30D', 'reminder:P7D', 'reminder:P1D', 'overdue']);
  });

  it('after the due date: a reminder every 7 days, and the ladder climbs parent then grandparent, each after its own delay', () => {
    const acknowledged = { ...initialProgress(due, start), acknowledged: true };
    const { steps } = walk(acknowledged, ms(due) + 60 * DAY);
    expect(steps.slice(3)).toEqual([
      ['overdue', '2026-12-31T16:00:00.000Z'],
      ['overdue-reminder:1', '2027-01-07T16:00:00.000Z'],
      ['overdue-reminder:2', '2027-01-14T16:00:00.000Z'],
      ['l1:proposed', '2027-01-15T16:00:00.000Z'],
      ['overdue-reminder:3', '2027-01-21T16:00:00.000Z'],
      ['l1:timeout', '2027-01-22T16:00:00.000Z'],
      ['overdue-reminder:4', '2027-01-28T16:00:00.000Z'],
      ['overdue-reminder:5', '2027-02-04T16:00:00.000Z'],
      ['overdue-reminder:6', '2027-02-11T16:00:00.000Z'],
      ['l2:proposed', '2027-02-14T16:00:00.000Z'],
      ['overdue-reminder:7', '2027-02-18T16:00:00.000Z'],
      ['l2:timeout', '2027-02-21T16:00:00.000Z'],
      ['overdue-reminder:8', '2027-02-25T16:00:00.000Z'],
    ]);
  });

  it('a decision closes the pending level and the next level follows at its own delay', () => {
    let progress: ChaseProgress = { ...initialProgress(due, start), acknowledged: true, overdueNotified: true, remindersSent: ['reminder:P30D', 'reminder:P7D', 'reminder:P1D'] };
    const propose = nextChaseStep({ ...progress, overdueRemindersSent: 99 }, { policy: { ...policy, overdueReminderInterval: null } }) as Extract<ChaseStep, { kind: 'propose' }>;
    expect(propose).toMatchObject({ kind: 'propose', level: 1 });
    progress = afterDecision(afterStep(progress, propose, 'p1'));
    expect(progress).toMatchObject({ pending: null, escalatedLevel: 1 });
    expect(nextChaseStep(progress, { policy: { ...policy, overdueReminderInterval: null } })).toMatchObject({ kind: 'propose', level: 2, key: 'l2:proposed' });
  });

  it('escalates directly at a level that needs no approval, and stops after the last level', () => {
    const p: ChasePolicy = { ...policy, overdueReminderInterval: null, escalation: [{ after: 'P3D', notify: ['stationed_group'], requiresApproval: false }] };
    const { steps, progress } = walk({ ...initialProgress(due, start), acknowledged: true }, ms(due) + 365 * DAY, p);
    expect(steps.slice(-2)).toEqual([
      ['overdue', '2026-12-31T16:00:00.000Z'],
      ['l1:escalated', '2027-01-03T16:00:00.000Z'],
    ]);
    expect(nextChaseStep(progress, { policy: p })).toBeNull();
  });

  it('skips a reminder offset longer than the period', () => {
    const monthly = { ...policy, acknowledgeReminderInterval: null, reminderOffsets: ['P45D', 'P7D'] };
    const { steps } = walk(initialProgress('2027-02-01T00:00:00+08:00', ms('2027-01-01T00:00:00+08:00')), ms('2027-02-01T00:00:00+08:00'), monthly, '2027-01-01T00:00:00+08:00');
    expect(steps.map(([k]) => k)).toEqual(['reminder:P7D', 'overdue']);
  });

  it('gives a new date a fresh round: own keys, reminders again, ladder from the start', () => {
    const old = { ...initialProgress(due, start), acknowledged: true, overdueNotified: true, escalatedLevel: 1, remindersSent: ['reminder:P1D'] };
    const now = ms('2027-01-20T00:00:00+08:00');
    const round = newRound(old, '2027-02-10T00:00:00+08:00', now);
    expect(round).toMatchObject({ round: 1, escalatedLevel: 0, overdueNotified: false, remindersSent: [], acknowledged: true, roundStartedAt: now });
    expect(walk(round, ms('2027-02-10T00:00:00+08:00')).steps.map(([k]) => k)).toEqual(['r1:reminder:P30D', 'r1:reminder:P7D', 'r1:reminder:P1D', 'r1:overdue']);
  });
});

describe('escalationLadder and policy validation', () => {
  it('derives the default two-level ladder from the grace period', () => {
    expect(escalationLadder(policy)).toEqual([
      { after: 'P15D', notify: ['parent:principal', 'parent:discipline_secretary'], requiresApproval: true },
      { after: 'P45D', notify: ['grandparent:principal', 'grandparent:discipline_secretary'], requiresApproval: true },
    ]);
    expect(escalationLadder({ ...policy, gracePeriod: 'PT3S' })[1].after).toBe('PT9S');
  });

  it('names every bad field', () => {
    const problems = validateChasePolicy({
      ...policy,
      overdueReminderInterval: 'weekly',
      escalation: [
        { after: 'P10D', notify: ['parent:principal'], requiresApproval: true },
        { after: 'P5D', notify: ['uncle:principal' as never], requiresApproval: true },
        { after: 'P20D', notify: [], requiresApproval: false },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual(['overdueReminderInterval', 'escalation[1].notify[0]', 'escalation[1].after', 'escalation[2].notify']);
  });

  it('refuses an escalation level with an unknown key or a requiresApproval that is not a boolean', () => {
    const problems = validateChasePolicy({
      ...policy,
      escalation: [{ after: 'P10D', notify: ['parent:principal'], requiresApproval: 'yes' as never, colour: 'red' } as never],
    });
    expect(problems.map((p) => p.field)).toEqual(['escalation[0].colour', 'escalation[0].requiresApproval']);
  });

  it('refuses zero intervals, which would repeat a step without pause', () => {
    const problems = validateChasePolicy({ ...policy, overdueReminderInterval: 'P0D', acknowledgeReminderInterval: 'PT0S', approvalTimeout: 'P0D' });
    expect(problems).toEqual([
      { field: 'approvalTimeout', reason: '必须大于零' },
      { field: 'overdueReminderInterval', reason: '必须大于零' },
      { field: 'acknowledgeReminderInterval', reason: '必须大于零' },
    ]);
  });
});
