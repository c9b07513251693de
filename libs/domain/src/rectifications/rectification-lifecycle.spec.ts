import { RECTIFICATION_STATUSES, RectificationStatus } from './rectification';
import { RectificationEvent, RectificationState, rectificationTransition } from './rectification-lifecycle';

const EVENTS: RectificationEvent['kind'][] = ['plan_submitted', 'report_submitted', 'report_returned', 'report_accepted', 'visit_confirmed', 'visit_reopened', 'cancelled'];

/** The status each event leads to from each status; null: the event changes nothing there. */
const TABLE: Record<RectificationEvent['kind'], Record<RectificationStatus, RectificationStatus | null>> = {
  plan_submitted: { planning: 'rectifying', rectifying: null, reviewing: null, accepted: null, closed: null, cancelled: null },
  report_submitted: { planning: 'reviewing', rectifying: 'reviewing', reviewing: null, accepted: null, closed: null, cancelled: null },
  report_returned: { planning: null, rectifying: null, reviewing: 'rectifying', accepted: 'rectifying', closed: null, cancelled: null },
  report_accepted: { planning: null, rectifying: null, reviewing: 'accepted', accepted: null, closed: null, cancelled: null },
  visit_confirmed: { planning: null, rectifying: null, reviewing: null, accepted: 'closed', closed: null, cancelled: null },
  visit_reopened: { planning: null, rectifying: null, reviewing: null, accepted: 'rectifying', closed: null, cancelled: null },
  cancelled: { planning: 'cancelled', rectifying: 'cancelled', reviewing: 'cancelled', accepted: 'cancelled', closed: null, cancelled: null },
};

describe('rectificationTransition: every event in every status', () => {
  const state = (status: RectificationStatus): RectificationState => ({ status, round: 2, returnsThisRound: 1 });
  const cases = EVENTS.flatMap((event) => RECTIFICATION_STATUSES.map((status) => [event, status, TABLE[event][status]] as const));

  it.each(cases)('%s in %s → %s', (event, status, expected) => {
    const next = rectificationTransition(state(status), { kind: event });
    expect(next?.status ?? null).toBe(expected);
  });

  it('counts a return in the round; a reopen starts a new round with no returns; nothing else touches the counters', () => {
    for (const [event, status, expected] of cases) {
      if (!expected) continue;
      const next = rectificationTransition(state(status), { kind: event })!;
      if (event === 'report_returned') expect(next).toEqual({ status: 'rectifying', round: 2, returnsThisRound: 2 });
      else if (event === 'visit_reopened') expect(next).toEqual({ status: 'rectifying', round: 3, returnsThisRound: 0 });
      else expect(next).toEqual({ status: expected, round: 2, returnsThisRound: 1 });
    }
  });

  it('does not change the state it is given', () => {
    const before = state('reviewing');
    rectificationTransition(before, { kind: 'report_returned' });
    expect(before).toEqual(state('reviewing'));
  });
});
