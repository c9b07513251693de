import { DutyStatus, isOpenDutyStatus } from './duty-status';

/**
 * The one owner of a duty's state: every change of `duties.status` is a `transition` of the duty's state by
 * an event. Pure; the command service in persistence applies it, with its timeline event, in one transaction.
 */
export interface DutyState {
  status: DutyStatus;
  /** Whether the responsible leader has acknowledged (签收) the duty. */
  acknowledged: boolean;
  /** Whether the supervising body accepted the completion on record (only ever true on a completed duty). */
  completionAccepted?: boolean;
}

export type DutyLifecycleEvent =
  /** The responsible leader (or the system, for a letter it sent) recorded the duty as done. */
  | { kind: 'completed' }
  /** 签收: no change of status, only the acknowledgement requests stop. */
  | { kind: 'acknowledged' }
  /** The due date passed (each round's overdue step). */
  | { kind: 'overdue' }
  /** A level of the ladder was proposed to the supervisors. */
  | { kind: 'escalation_proposed' }
  /** A level that needs no approval went out directly. */
  | { kind: 'escalated' }
  /** A supervisor approved the pending proposal, or nobody decided in time (the escalation went out). */
  | { kind: 'decision_approved' }
  | { kind: 'decision_rejected' }
  /** A supervisor gave a new due date instead: a new round starts. */
  | { kind: 'decision_extended' }
  /** An extension request was granted: a new round starts. */
  | { kind: 'extension_granted' }
  | { kind: 'cancelled' }
  /**
   * An administrator applied a changed configuration to the open duty. `dueMoved`: the due date changed;
   * `dueInFuture`: the due date in force afterwards is still ahead.
   */
  | { kind: 'policy_changed'; dueMoved: boolean; dueInFuture: boolean }
  /** The supervising body accepted the completion on record (审核通过): no change of status. */
  | { kind: 'completion_accepted' }
  /**
   * The supervising body returned the completion as insufficient or perfunctory (敷衍、走过场), with a reason
   * and a new due date: the duty is open again and its chase starts over.
   */
  | { kind: 'completion_returned' };

export type DutyLifecycleEventKind = DutyLifecycleEvent['kind'];

export const DUTY_LIFECYCLE_EVENT_KINDS: readonly DutyLifecycleEventKind[] = [
  'completed',
  'acknowledged',
  'overdue',
  'escalation_proposed',
  'escalated',
  'decision_approved',
  'decision_rejected',
  'decision_extended',
  'extension_granted',
  'cancelled',
  'policy_changed',
  'completion_accepted',
  'completion_returned',
];

/** What has to happen besides the new state; the command service does the first, its caller tells the workflow the rest. */
export type DutyEffect =
  /** A pending escalation proposal no longer applies: withdraw it (in the same transaction). */
  | { kind: 'withdraw_pending_proposal' }
  /** The chase stops (signal completed / cancelled). */
  | { kind: 'stop_chase'; closedBy: 'completed' | 'cancelled' }
  /** The acknowledgement requests stop (signal acknowledged). */
  | { kind: 'stop_acknowledgement_requests' }
  /** The due date moved: the chase starts a new round (a grant, a new date, or a policy change tells it). */
  | { kind: 'new_round' }
  /** Only the chase policy changed: the chase reschedules what is left of the round. */
  | { kind: 'reschedule' }
  /** A returned completion: the duty's chase, closed on completion, is started again (a new run of `duty-<id>`). */
  | { kind: 'restart_chase' };

export type DutyRefusalCode = 'DUTY_CLOSED' | 'ALREADY_ACKNOWLEDGED' | 'NOT_COMPLETED' | 'ALREADY_REVIEWED';

export interface DutyRefusal {
  refused: true;
  code: DutyRefusalCode;
  /** For people: Chinese. */
  message: string;
}

export interface DutyTransition {
  refused: false;
  /** Status before and after: equal when the event changes no status (签收, overdue again, …). */
  from: DutyStatus;
  status: DutyStatus;
  /** Whether `acknowledged` becomes true. */
  acknowledged: boolean;
  effects: DutyEffect[];
}

export type DutyTransitionResult = DutyTransition | DutyRefusal;

/** The closed-duty refusal, worded as the API has always answered each command. */
function closed(status: DutyStatus, event: DutyLifecycleEventKind): DutyRefusal {
  const done = status === 'completed' ? '完成' : '取消';
  const messages: Partial<Record<DutyLifecycleEventKind, string>> = {
    completed: `该事项已${done}，不能重复登记`,
    acknowledged: '该事项已完成或已取消，无需签收',
    cancelled: '该事项已完成或已取消',
    extension_granted: '该事项已完成或已取消，无需再作决定',
    decision_approved: '该事项已完成或已取消，无需再作决定',
    decision_rejected: '该事项已完成或已取消，无需再作决定',
    decision_extended: '该事项已完成或已取消，无需再作决定',
    policy_changed: '该事项已完成或已取消，督办规则不再调整',
  };
  return { refused: true, code: 'DUTY_CLOSED', message: messages[event] ?? `该事项已${done}，督办已结束` };
}

/**
 * The next state of a duty under an event, or why the event is refused. A closed duty (completed or
 * cancelled) refuses every event; this is the one "is it still open?" check.
 */
export function transition(state: DutyState, event: DutyLifecycleEvent): DutyTransitionResult {
  const { status } = state;
  if (event.kind === 'completion_accepted' || event.kind === 'completion_returned') return review(state, event.kind);
  if (!isOpenDutyStatus(status)) return closed(status, event.kind);
  const to = (next: DutyStatus, ...effects: DutyEffect[]): DutyTransition => ({ refused: false, from: status, status: next, acknowledged: state.acknowledged, effects });
  switch (event.kind) {
    case 'completed':
      return to('completed', { kind: 'stop_chase', closedBy: 'completed' });
    case 'cancelled':
      return to('cancelled', { kind: 'stop_chase', closedBy: 'cancelled' });
    case 'acknowledged':
      if (state.acknowledged) return { refused: true, code: 'ALREADY_ACKNOWLEDGED', message: '该事项已签收' };
      return { ...to(status, { kind: 'stop_acknowledgement_requests' }), acknowledged: true };
    case 'overdue':
      // Only a duty still in its normal course becomes overdue; one already further along the ladder stays there.
      return to(status === 'pending' ? 'overdue' : status);
    case 'escalation_proposed':
      return to('escalation_proposed');
    case 'escalated':
    case 'decision_approved':
      return to('escalated');
    case 'decision_rejected':
      return to('overdue');
    case 'decision_extended':
      return to('pending', { kind: 'new_round' });
    case 'extension_granted':
      return to('pending', { kind: 'withdraw_pending_proposal' }, { kind: 'new_round' });
    case 'policy_changed':
      return policyChanged(status, event, to);
  }
}

/**
 * The review of a completion: only a completed duty whose completion has not been accepted yet can be reviewed,
 * once. Returning it reopens the duty (pending, a new due date) and restarts the chase; a completion redone
 * after a return is reviewed again.
 */
function review(state: DutyState, kind: 'completion_accepted' | 'completion_returned'): DutyTransitionResult {
  const { status } = state;
  if (status !== 'completed') {
    const message = status === 'cancelled' ? '该事项已取消，无需审核' : '该事项尚未登记完成（或已被退回、正在重新办理），无需审核';
    return { refused: true, code: 'NOT_COMPLETED', message };
  }
  if (state.completionAccepted) return { refused: true, code: 'ALREADY_REVIEWED', message: '该事项的完成情况已审核通过，不能重复审核' };
  const base = { refused: false as const, from: status, acknowledged: state.acknowledged };
  return kind === 'completion_accepted' ? { ...base, status, effects: [] } : { ...base, status: 'pending', effects: [{ kind: 'restart_chase' }] };
}

function policyChanged(
  status: DutyStatus,
  { dueMoved, dueInFuture }: { dueMoved: boolean; dueInFuture: boolean },
  to: (next: DutyStatus, ...effects: DutyEffect[]) => DutyTransition,
): DutyTransition {
  if (!dueMoved) return to(status === 'overdue' && dueInFuture ? 'pending' : status, { kind: 'reschedule' });
  switch (status) {
    case 'escalation_proposed':
      // A new round starts: the proposal of the old one no longer waits for anyone's decision.
      return to(dueInFuture ? 'pending' : 'overdue', { kind: 'withdraw_pending_proposal' }, { kind: 'new_round' });
    case 'overdue':
      return to(dueInFuture ? 'pending' : 'overdue', { kind: 'new_round' });
    default:
      // pending stays pending; an escalation that went out stays on record as escalated.
      return to(status, { kind: 'new_round' });
  }
}
