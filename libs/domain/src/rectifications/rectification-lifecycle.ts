import { RectificationStatus } from './rectification';

/** What the lifecycle keeps of a rectification. */
export interface RectificationState {
  status: RectificationStatus;
  /** Completed rounds reopened by a visit (0: the first). */
  round: number;
  /** Completion reports sent back in this round. */
  returnsThisRound: number;
}

/**
 * What happens to a rectification: its milestone duties done or reviewed (the duty command service tells it,
 * in the duty's transaction), the visit's outcome, a cancellation.
 */
export type RectificationEvent =
  | { kind: 'plan_submitted' }
  | { kind: 'report_submitted' }
  | { kind: 'report_returned' }
  | { kind: 'report_accepted' }
  | { kind: 'visit_confirmed' }
  | { kind: 'visit_reopened' }
  | { kind: 'cancelled' };

/**
 * The one owner of a rectification's status: the state an event leads to, or null when the event changes nothing
 * in this state (a progress report, a second plan, an event on a closed rectification).
 */
export function rectificationTransition(state: RectificationState, event: RectificationEvent): RectificationState | null {
  const { status } = state;
  switch (event.kind) {
    case 'plan_submitted':
      return status === 'planning' ? { ...state, status: 'rectifying' } : null;
    case 'report_submitted':
      return status === 'planning' || status === 'rectifying' ? { ...state, status: 'reviewing' } : null;
    case 'report_returned':
      return status === 'reviewing' || status === 'accepted' ? { ...state, status: 'rectifying', returnsThisRound: state.returnsThisRound + 1 } : null;
    case 'report_accepted':
      return status === 'reviewing' ? { ...state, status: 'accepted' } : null;
    case 'visit_confirmed':
      return status === 'accepted' ? { ...state, status: 'closed' } : null;
    case 'visit_reopened':
      return status === 'accepted' ? { status: 'rectifying', round: state.round + 1, returnsThisRound: 0 } : null;
    case 'cancelled':
      return status === 'closed' || status === 'cancelled' ? null : { ...state, status: 'cancelled' };
  }
}
