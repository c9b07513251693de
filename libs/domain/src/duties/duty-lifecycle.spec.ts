import { DUTY_STATUSES, DutyStatus } from './duty-status';
import { DUTY_LIFECYCLE_EVENT_KINDS, DutyEffect, DutyLifecycleEvent, transition } from './duty-lifecycle';

const withdraw: DutyEffect = { kind: 'withdraw_pending_proposal' };
const newRound: DutyEffect = { kind: 'new_round' };
const reschedule: DutyEffect = { kind: 'reschedule' };

/** Every event, with policy_changed in each of its four shapes. */
const EVENTS: Record<string, DutyLifecycleEvent> = {
  completed: { kind: 'completed' },
  acknowledged: { kind: 'acknowledged' },
  overdue: { kind: 'overdue' },
  escalation_proposed: { kind: 'escalation_proposed' },
  escalated: { kind: 'escalated' },
  decision_approved: { kind: 'decision_approved' },
  decision_rejected: { kind: 'decision_rejected' },
  decision_extended: { kind: 'decision_extended' },
  extension_granted: { kind: 'extension_granted' },
  cancelled: { kind: 'cancelled' },
  'policy_changed (same due date, ahead)': { kind: 'policy_changed', dueMoved: false, dueInFuture: true },
  'policy_changed (same due date, passed)': { kind: 'policy_changed', dueMoved: false, dueInFuture: false },
  'policy_changed (moved, ahead)': { kind: 'policy_changed', dueMoved: true, dueInFuture: true },
  'policy_changed (moved, passed)': { kind: 'policy_changed', dueMoved: true, dueInFuture: false },
};

type Open = Exclude<DutyStatus, 'completed' | 'cancelled'>;
type Expected = [DutyStatus, DutyEffect[]];

/** The whole table for the open statuses: the status afterwards and the effects, in order. */
const TABLE: Record<string, Record<Open, Expected>> = {
  completed: {
    pending: ['completed', [{ kind: 'stop_chase', closedBy: 'completed' }]],
    overdue: ['completed', [{ kind: 'stop_chase', closedBy: 'completed' }]],
    escalation_proposed: ['completed', [{ kind: 'stop_chase', closedBy: 'completed' }]],
    escalated: ['completed', [{ kind: 'stop_chase', closedBy: 'completed' }]],
  },
  acknowledged: {
    pending: ['pending', [{ kind: 'stop_acknowledgement_requests' }]],
    overdue: ['overdue', [{ kind: 'stop_acknowledgement_requests' }]],
    escalation_proposed: ['escalation_proposed', [{ kind: 'stop_acknowledgement_requests' }]],
    escalated: ['escalated', [{ kind: 'stop_acknowledgement_requests' }]],
  },
  overdue: {
    pending: ['overdue', []],
    overdue: ['overdue', []],
    escalation_proposed: ['escalation_proposed', []],
    escalated: ['escalated', []],
  },
  escalation_proposed: {
    pending: ['escalation_proposed', []],
    overdue: ['escalation_proposed', []],
    escalation_proposed: ['escalation_proposed', []],
    escalated: ['escalation_proposed', []],
  },
  escalated: {
    pending: ['escalated', []],
    overdue: ['escalated', []],
    escalation_proposed: ['escalated', []],
    escalated: ['escalated', []],
  },
  decision_approved: {
    pending: ['escalated', []],
    overdue: ['escalated', []],
    escalation_proposed: ['escalated', []],
    escalated: ['escalated', []],
  },
  decision_rejected: {
    pending: ['overdue', []],
    overdue: ['overdue', []],
    escalation_proposed: ['overdue', []],
    escalated: ['overdue', []],
  },
  decision_extended: {
    pending: ['pending', [newRound]],
    overdue: ['pending', [newRound]],
    escalation_proposed: ['pending', [newRound]],
    escalated: ['pending', [newRound]],
  },
  extension_granted: {
    pending: ['pending', [withdraw, newRound]],
    overdue: ['pending', [withdraw, newRound]],
    escalation_proposed: ['pending', [withdraw, newRound]],
    escalated: ['pending', [withdraw, newRound]],
  },
  cancelled: {
    pending: ['cancelled', [{ kind: 'stop_chase', closedBy: 'cancelled' }]],
    overdue: ['cancelled', [{ kind: 'stop_chase', closedBy: 'cancelled' }]],
    escalation_proposed: ['cancelled', [{ kind: 'stop_chase', closedBy: 'cancelled' }]],
    escalated: ['cancelled', [{ kind: 'stop_chase', closedBy: 'cancelled' }]],
  },
  'policy_changed (same due date, ahead)': {
    pending: ['pending', [reschedule]],
    overdue: ['pending', [reschedule]],
    escalation_proposed: ['escalation_proposed', [reschedule]],
    escalated: ['escalated', [reschedule]],
  },
  'policy_changed (same due date, passed)': {
    pending: ['pending', [reschedule]],
    overdue: ['overdue', [reschedule]],
    escalation_proposed: ['escalation_proposed', [reschedule]],
    escalated: ['escalated', [reschedule]],
  },
  'policy_changed (moved, ahead)': {
    pending: ['pending', [newRound]],
    overdue: ['pending', [newRound]],
    escalation_proposed: ['pending', [withdraw, newRound]],
    escalated: ['escalated', [newRound]],
  },
  'policy_changed (moved, passed)': {
    pending: ['pending', [newRound]],
    overdue: ['overdue', [newRound]],
    escalation_proposed: ['overdue', [withdraw, newRound]],
    escalated: ['escalated', [newRound]],
  },
};

/** The review of a completion: the only events a closed (completed) duty takes. */
const REVIEW_EVENTS: readonly DutyLifecycleEvent[] = [{ kind: 'completion_accepted' }, { kind: 'completion_returned' }];

describe('transition (duty lifecycle)', () => {
  it('the table covers every event kind', () => {
    expect(new Set([...Object.values(EVENTS), ...REVIEW_EVENTS].map((e) => e.kind))).toEqual(new Set(DUTY_LIFECYCLE_EVENT_KINDS));
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(EVENTS).sort());
  });

  for (const [name, event] of Object.entries(EVENTS)) {
    describe(name, () => {
      for (const status of DUTY_STATUSES) {
        if (status === 'completed' || status === 'cancelled') {
          it(`is refused on a ${status} duty (DUTY_CLOSED)`, () => {
            for (const acknowledged of [false, true]) {
              const result = transition({ status, acknowledged }, event);
              expect(result).toMatchObject({ refused: true, code: 'DUTY_CLOSED' });
              expect(result.refused && result.message).toMatch(/^该事项已(完成|取消)/);
            }
          });
          continue;
        }
        const [next, effects] = TABLE[name][status];
        it(`${status} → ${next}`, () => {
          expect(transition({ status, acknowledged: false }, event)).toEqual({ refused: false, from: status, status: next, acknowledged: event.kind === 'acknowledged', effects });
          if (event.kind === 'acknowledged') {
            expect(transition({ status, acknowledged: true }, event)).toEqual({ refused: true, code: 'ALREADY_ACKNOWLEDGED', message: '该事项已签收' });
          } else {
            expect(transition({ status, acknowledged: true }, event)).toEqual({ refused: false, from: status, status: next, acknowledged: true, effects });
          }
        });
      }
    });
  }

  it('answers a closed duty in the words the API has always used', () => {
    expect(transition({ status: 'completed', acknowledged: true }, { kind: 'completed' })).toMatchObject({ message: '该事项已完成，不能重复登记' });
    expect(transition({ status: 'cancelled', acknowledged: false }, { kind: 'completed' })).toMatchObject({ message: '该事项已取消，不能重复登记' });
    expect(transition({ status: 'completed', acknowledged: false }, { kind: 'acknowledged' })).toMatchObject({ message: '该事项已完成或已取消，无需签收' });
    expect(transition({ status: 'cancelled', acknowledged: false }, { kind: 'cancelled' })).toMatchObject({ message: '该事项已完成或已取消' });
  });

  it('checks closed before acknowledged, as the API does', () => {
    expect(transition({ status: 'completed', acknowledged: true }, { kind: 'acknowledged' })).toMatchObject({ code: 'DUTY_CLOSED' });
  });

  it('withdraws a waiting proposal when a policy change moves the due date, and only then', () => {
    const proposed = { status: 'escalation_proposed' as const, acknowledged: true };
    expect(transition(proposed, { kind: 'policy_changed', dueMoved: true, dueInFuture: true })).toMatchObject({ status: 'pending', effects: [withdraw, newRound] });
    expect(transition(proposed, { kind: 'policy_changed', dueMoved: false, dueInFuture: false })).toMatchObject({ status: 'escalation_proposed', effects: [reschedule] });
  });

  describe('the review of a completion', () => {
    it('accepts a completed duty once: no change of status, nothing to tell the chase', () => {
      for (const acknowledged of [false, true]) {
        expect(transition({ status: 'completed', acknowledged }, { kind: 'completion_accepted' })).toEqual({ refused: false, from: 'completed', status: 'completed', acknowledged, effects: [] });
      }
    });

    it('returns a completed duty to pending and restarts its chase', () => {
      expect(transition({ status: 'completed', acknowledged: true }, { kind: 'completion_returned' })).toEqual({
        refused: false,
        from: 'completed',
        status: 'pending',
        acknowledged: true,
        effects: [{ kind: 'restart_chase' }],
      });
    });

    it('refuses a second review of an accepted completion', () => {
      for (const event of REVIEW_EVENTS) {
        expect(transition({ status: 'completed', acknowledged: true, completionAccepted: true }, event)).toEqual({
          refused: true,
          code: 'ALREADY_REVIEWED',
          message: '该事项的完成情况已审核通过，不能重复审核',
        });
      }
    });

    it('refuses to review a duty that is not completed (open, returned and being redone, or cancelled)', () => {
      for (const status of DUTY_STATUSES.filter((s) => s !== 'completed')) {
        for (const event of REVIEW_EVENTS) {
          const result = transition({ status, acknowledged: true }, event);
          expect(result).toMatchObject({ refused: true, code: 'NOT_COMPLETED' });
          expect(result.refused && result.message).toMatch(status === 'cancelled' ? /已取消/ : /尚未登记完成/);
        }
      }
    });

    it('reviews a completion redone after a return again: return, complete, accept', () => {
      const returned = transition({ status: 'completed', acknowledged: true }, { kind: 'completion_returned' });
      expect(returned).toMatchObject({ status: 'pending' });
      const redone = transition({ status: 'pending', acknowledged: true }, { kind: 'completed' });
      expect(redone).toMatchObject({ status: 'completed' });
      expect(transition({ status: 'completed', acknowledged: true, completionAccepted: false }, { kind: 'completion_accepted' })).toMatchObject({ refused: false, status: 'completed' });
    });
  });
});
