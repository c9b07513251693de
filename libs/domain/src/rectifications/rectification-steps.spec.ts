import { DateTime } from 'luxon';
import { DEFAULT_RECOMMENDATION_TIMINGS, DEFAULT_RECTIFICATION_TIMINGS, RECTIFICATION_STATUSES } from './rectification';
import { RectificationFacts, rectificationAgenda, RectificationStep } from './rectification-steps';

const ZONE = 'Asia/Shanghai';
/** A moment of a day in the zone (noon unless told). */
const at = (date: string, time = '12:00') => DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toJSDate();
/** The start of a day in the zone, as nextAt says it. */
const dayStart = (date: string) => DateTime.fromISO(date, { zone: ZONE }).toUTC().toISO();

/** A finding found and recorded 2026-01-10, due 2026-06-30, with the default timings (plan P1M, progress P1M). */
const finding = (over: Partial<RectificationFacts> = {}): RectificationFacts => ({
  kind: 'finding',
  status: 'planning',
  foundOn: '2026-01-10',
  recordedOn: '2026-01-10',
  roundStartedOn: '2026-01-10',
  deadline: '2026-06-30',
  round: 0,
  returnsThisRound: 0,
  timings: DEFAULT_RECTIFICATION_TIMINGS,
  lateSince: null,
  escalation: null,
  acceptedOn: null,
  paperOnly: false,
  admonitionDueOn: null,
  noticeReasons: [],
  noticeToSend: false,
  issued: new Set(),
  ...over,
});
const recommendation = (over: Partial<RectificationFacts> = {}) => finding({ kind: 'recommendation', status: 'rectifying', timings: DEFAULT_RECOMMENDATION_TIMINGS, ...over });

const agenda = (facts: RectificationFacts, date: string, time?: string) => rectificationAgenda(facts, at(date, time), ZONE);
const issues = (steps: RectificationStep[]) => steps.flatMap((s) => (s.kind === 'issue' ? [`${s.milestone}${s.n === null ? '' : `:${s.n}`}@${s.dueOn}`] : []));
const others = (steps: RectificationStep[]) => steps.filter((s) => s.kind !== 'issue');
/** Every milestone the agenda issues, looking each day from `from` to `to` and remembering what it issued. */
function daily(facts: RectificationFacts, from: string, to: string): string[] {
  const issued = new Set(facts.issued);
  const all: string[] = [];
  for (let d = DateTime.fromISO(from); d.toISODate()! <= to; d = d.plus({ days: 1 })) {
    for (const step of agenda({ ...facts, issued }, d.toISODate()!).steps) {
      if (step.kind !== 'issue') continue;
      const key = step.n === null ? step.milestone : `${step.milestone}:${step.n}`;
      expect(issued.has(key)).toBe(false);
      issued.add(key);
      all.push(`${key}@${step.dueOn} (${d.toISODate()})`);
    }
  }
  return all;
}

describe('rectificationAgenda: the plan', () => {
  it('is due planWithin after the finding', () => {
    expect(issues(agenda(finding(), '2026-01-10').steps)).toContain('plan@2026-02-10');
  });

  it('is not asked when it would fall due at or after the deadline', () => {
    expect(issues(agenda(finding({ deadline: '2026-02-10' }), '2026-01-10').steps).filter((s) => s.startsWith('plan'))).toEqual([]);
    expect(issues(agenda(finding({ deadline: '2026-02-11' }), '2026-01-10').steps)).toContain('plan@2026-02-10');
  });

  it('is not asked when it fell due before the finding was recorded; it is when due the day it was recorded', () => {
    expect(issues(agenda(finding({ recordedOn: '2026-02-11' }), '2026-02-11').steps).filter((s) => s.startsWith('plan'))).toEqual([]);
    expect(issues(agenda(finding({ recordedOn: '2026-02-10' }), '2026-02-10').steps)).toContain('plan@2026-02-10');
  });

  it('is not asked of a recommendation, nor in a later round, nor when no plan is asked', () => {
    expect(issues(agenda(recommendation({ timings: { ...DEFAULT_RECOMMENDATION_TIMINGS, planWithin: 'P1M' } }), '2026-01-10').steps).filter((s) => s.startsWith('plan'))).toEqual([]);
    expect(issues(agenda(finding({ round: 1, status: 'rectifying' }), '2026-01-10').steps).filter((s) => s.startsWith('plan'))).toEqual([]);
    expect(issues(agenda(finding({ timings: { ...DEFAULT_RECTIFICATION_TIMINGS, planWithin: null } }), '2026-01-10').steps).filter((s) => s.startsWith('plan'))).toEqual([]);
  });

  it('is issued once', () => {
    expect(issues(agenda(finding({ issued: new Set(['plan']) }), '2026-01-10').steps).filter((s) => s.startsWith('plan'))).toEqual([]);
  });
});

describe('rectificationAgenda: progress reports', () => {
  it('are issued when their interval opens and due when it ends, none due on or after the deadline', () => {
    expect(daily(finding(), '2026-01-10', '2026-07-31').filter((s) => s.startsWith('progress'))).toEqual([
      'progress:1@2026-02-10 (2026-01-10)',
      'progress:2@2026-03-10 (2026-02-10)',
      'progress:3@2026-04-10 (2026-03-10)',
      'progress:4@2026-05-10 (2026-04-10)',
      'progress:5@2026-06-10 (2026-05-10)',
    ]);
    expect(daily(finding({ deadline: '2026-06-11' }), '2026-01-10', '2026-07-31').filter((s) => s.startsWith('progress')).at(-1)).toBe('progress:5@2026-06-10 (2026-05-10)');
    expect(daily(finding({ deadline: '2026-06-10' }), '2026-01-10', '2026-07-31').filter((s) => s.startsWith('progress')).at(-1)).toBe('progress:4@2026-05-10 (2026-04-10)');
  });

  it('wake the follow-up at the start of the day the next interval opens', () => {
    expect(agenda(finding({ issued: new Set(['plan', 'report:0', 'progress:1']) }), '2026-01-20').nextAt).toBe(dayStart('2026-02-10'));
    expect(issues(agenda(finding({ issued: new Set(['plan', 'report:0', 'progress:1']) }), '2026-02-10', '00:00').steps)).toEqual(['progress:2@2026-03-10']);
    expect(issues(agenda(finding({ issued: new Set(['plan', 'report:0', 'progress:1']) }), '2026-02-09', '23:59').steps)).toEqual([]);
  });

  it('are numbered per round: round × 100 + k, counted from the day the round started', () => {
    const reopened = finding({ status: 'rectifying', round: 2, roundStartedOn: '2026-08-01', deadline: '2026-11-15', issued: new Set(['plan', 'report:0', 'report:1']) });
    expect(daily(reopened, '2026-08-01', '2026-12-31').filter((s) => s.startsWith('progress'))).toEqual([
      'progress:201@2026-09-01 (2026-08-01)',
      'progress:202@2026-10-01 (2026-09-01)',
      'progress:203@2026-11-01 (2026-10-01)',
    ]);
  });

  it('skip the intervals that ended before the finding was recorded', () => {
    const late = finding({ recordedOn: '2026-03-20' });
    expect(issues(agenda(late, '2026-03-20').steps).filter((s) => s.startsWith('progress'))).toEqual(['progress:3@2026-04-10']);
  });

  it('stop once the report is submitted, and are none when not asked', () => {
    expect(issues(agenda(finding({ status: 'reviewing', issued: new Set(['plan', 'report:0']) }), '2026-04-10').steps)).toEqual([]);
    expect(issues(agenda(finding({ status: 'accepted', acceptedOn: '2026-04-10', issued: new Set(['plan', 'report:0', 'visit:0']) }), '2026-05-10').steps)).toEqual([]);
    expect(issues(agenda(recommendation(), '2026-03-10').steps)).toEqual(['report:0@2026-06-30']);
  });

  it('after a return, are not asked for the intervals that ended while the report was under review', () => {
    // Submitted in February, sent back on 2026-04-15 with a new deadline: the report of 3-10…4-10 is not owed.
    const returned = finding({ status: 'rectifying', deadline: '2026-07-31', returnsThisRound: 1, issued: new Set(['plan', 'report:0', 'progress:1', 'progress:2']) });
    expect(issues(agenda(returned, '2026-04-15').steps)).toEqual(['progress:4@2026-05-10']);
  });
});

describe('rectificationAgenda: the report of the round', () => {
  it('is due at the deadline, keyed by round, while the work is owed or under review', () => {
    expect(issues(agenda(finding(), '2026-01-10').steps)).toContain('report:0@2026-06-30');
    expect(issues(agenda(finding({ status: 'reviewing' }), '2026-01-10').steps)).toContain('report:0@2026-06-30');
    expect(issues(agenda(finding({ status: 'rectifying', round: 1, deadline: '2026-12-31', issued: new Set(['plan', 'report:0']) }), '2026-09-01').steps)).toContain('report:1@2026-12-31');
    expect(issues(agenda(finding({ issued: new Set(['report:0']) }), '2026-01-10').steps).filter((s) => s.startsWith('report'))).toEqual([]);
  });
});

describe('rectificationAgenda: late', () => {
  it('is marked the day after the deadline, only when the work is not submitted', () => {
    expect(others(agenda(finding(), '2026-06-30', '23:59').steps)).toEqual([]);
    expect(agenda(finding({ issued: new Set(['plan', 'report:0', 'progress:1', 'progress:2', 'progress:3', 'progress:4', 'progress:5']) }), '2026-06-30').nextAt).toBe(dayStart('2026-07-01'));
    expect(others(agenda(finding(), '2026-07-01', '00:00').steps)).toEqual([{ kind: 'mark_late', since: '2026-07-01' }]);
    expect(others(agenda(finding({ status: 'rectifying' }), '2026-09-01').steps)).toEqual([{ kind: 'mark_late', since: '2026-07-01' }]);
    for (const status of ['reviewing', 'accepted'] as const) expect(others(agenda(finding({ status, acceptedOn: '2026-06-01' }), '2026-07-01').steps)).toEqual([]);
  });

  it('is marked once', () => {
    expect(others(agenda(finding({ lateSince: '2026-07-01', escalation: 'admonition', admonitionDueOn: '2026-07-16' }), '2026-07-05').steps)).toEqual([]);
  });
});

describe('rectificationAgenda: escalation', () => {
  it('late: the admonition talk, due 15 days on, in the same look that marks it late', () => {
    const steps = agenda(finding({ issued: new Set(['plan', 'report:0']) }), '2026-07-01').steps;
    expect(steps).toEqual([
      { kind: 'mark_late', since: '2026-07-01' },
      { kind: 'issue', milestone: 'admonition', n: null, dueOn: '2026-07-16' },
    ]);
  });

  it('returned twice in the round: the admonition talk, even before the deadline; not once accepted', () => {
    expect(issues(agenda(finding({ status: 'rectifying', returnsThisRound: 2, issued: new Set(['plan', 'report:0', 'progress:1']) }), '2026-02-01').steps)).toEqual(['admonition@2026-02-16']);
    expect(issues(agenda(finding({ status: 'reviewing', returnsThisRound: 2, issued: new Set(['plan', 'report:0']) }), '2026-02-01').steps)).toEqual(['admonition@2026-02-16']);
    expect(issues(agenda(finding({ status: 'rectifying', returnsThisRound: 1, issued: new Set(['plan', 'report:0', 'progress:1']) }), '2026-02-01').steps)).toEqual([]);
    expect(issues(agenda(finding({ status: 'accepted', acceptedOn: '2026-02-01', returnsThisRound: 2, issued: new Set(['plan', 'report:0', 'visit:0']) }), '2026-02-01').steps)).toEqual([]);
  });

  it('a recommendation late: the order to correct instead; returned twice: the admonition talk', () => {
    expect(issues(agenda(recommendation({ issued: new Set(['report:0']) }), '2026-07-01').steps)).toEqual(['correction@2026-07-16']);
    expect(issues(agenda(recommendation({ returnsThisRound: 2, issued: new Set(['report:0']) }), '2026-03-01').steps)).toEqual(['admonition@2026-03-16']);
  });

  it('once escalated, asks neither again', () => {
    expect(issues(agenda(finding({ lateSince: '2026-07-01', escalation: 'admonition', issued: new Set(['plan', 'report:0']) }), '2026-07-10').steps)).toEqual([]);
    expect(issues(agenda(recommendation({ lateSince: '2026-07-01', escalation: 'correction_ordered', issued: new Set(['report:0']) }), '2026-07-10').steps)).toEqual([]);
  });
});

describe('rectificationAgenda: public notices', () => {
  const talked = finding({ status: 'rectifying', lateSince: '2026-07-01', escalation: 'admonition', admonitionDueOn: '2026-07-16', issued: new Set(['plan', 'report:0', 'admonition']) });

  it('paper-only: proposed at once, once', () => {
    expect(others(agenda(finding({ status: 'rectifying', paperOnly: true, issued: new Set(['plan', 'report:0', 'progress:1']) }), '2026-02-01').steps)).toEqual([{ kind: 'propose_notice', reason: 'paper_only' }]);
    expect(others(agenda(finding({ status: 'rectifying', paperOnly: true, noticeReasons: ['paper_only'] }), '2026-02-01').steps)).toEqual([]);
  });

  it('still unsubmitted noticeAfterTalk after the talk was due: proposed from the next day on, woken for it', () => {
    expect(others(agenda(talked, '2026-08-16', '23:59').steps)).toEqual([]);
    expect(agenda(talked, '2026-08-01').nextAt).toBe(dayStart('2026-08-17'));
    expect(others(agenda(talked, '2026-08-17', '00:00').steps)).toEqual([{ kind: 'propose_notice', reason: 'late_after_talk' }]);
    expect(others(agenda({ ...talked, noticeReasons: ['late_after_talk'] }, '2026-08-20').steps)).toEqual([]);
  });

  it('not once the work is submitted, nor when the talk was for returns and the escalation moved on', () => {
    expect(others(agenda({ ...talked, status: 'reviewing' }, '2026-08-20').steps)).toEqual([]);
    expect(others(agenda({ ...talked, escalation: 'notice_proposed' }, '2026-08-20').steps)).toEqual([]);
  });

  it('approved: sent', () => {
    expect(others(agenda({ ...talked, escalation: 'notice_proposed', noticeReasons: ['late_after_talk'], noticeToSend: true }, '2026-08-20').steps)).toEqual([{ kind: 'send_notice' }]);
  });
});

describe('rectificationAgenda: the visit, the wake and the end', () => {
  it('the visit is issued on acceptance, due visitAfter after it, keyed by round', () => {
    expect(issues(agenda(finding({ status: 'accepted', acceptedOn: '2026-05-20', issued: new Set(['plan', 'report:0']) }), '2026-05-20').steps)).toEqual(['visit:0@2026-11-20']);
    expect(issues(agenda(finding({ status: 'accepted', round: 1, acceptedOn: '2026-09-30', issued: new Set(['plan', 'report:0', 'visit:0', 'report:1']) }), '2026-09-30').steps)).toEqual(['visit:1@2027-03-30']);
    expect(agenda(finding({ status: 'accepted', acceptedOn: '2026-05-20', issued: new Set(['plan', 'report:0', 'visit:0']) }), '2026-05-21')).toEqual({ steps: [], nextAt: null, done: false });
  });

  it('nextAt is the earliest wake still ahead', () => {
    // Progress interval opening 2026-06-10 and the day after the deadline 2026-06-21: the interval first.
    const facts = finding({ deadline: '2026-06-20', issued: new Set(['plan', 'report:0', 'progress:1', 'progress:2', 'progress:3', 'progress:4']) });
    expect(agenda(facts, '2026-05-01').nextAt).toBe(dayStart('2026-05-10'));
    expect(agenda({ ...facts, issued: new Set([...facts.issued, 'progress:5']) }, '2026-05-11').nextAt).toBe(dayStart('2026-06-21'));
  });

  it.each(RECTIFICATION_STATUSES)('%s: done only when closed or cancelled', (status) => {
    const result = agenda(finding({ status, acceptedOn: '2026-05-01', paperOnly: true, noticeToSend: true }), '2026-08-01');
    if (status === 'closed' || status === 'cancelled') expect(result).toEqual({ steps: [], nextAt: null, done: true });
    else expect(result.done).toBe(false);
  });
});
