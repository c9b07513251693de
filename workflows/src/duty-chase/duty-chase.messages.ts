import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { DecisionOutcome, EscalationDecision } from '@duban/domain';

/** The API recorded the completion in the database: stop chasing. */
export const dutyCompletedSignal = defineSignal<[]>('dutyCompleted');

/** The duty was cancelled (obligation disabled, organization dissolved): stop chasing. */
export const dutyCancelledSignal = defineSignal<[{ reason: string }]>('dutyCancelled');

export type DecideEscalationInput = EscalationDecision & { proposalId: string };

/**
 * A supervisor's decision on the pending escalation. Refused (validator) when nothing is pending,
 * the proposal is another one, it was already decided, or the duty is closed.
 */
export const decideEscalationUpdate = defineUpdate<DecisionOutcome, [DecideEscalationInput]>('decideEscalation');

export interface ChaseState {
  phase: 'waiting' | 'overdue' | 'awaiting_decision' | 'escalated' | 'rejected' | 'closed';
  dueAt: string;
  round: number;
  pendingProposalId: string | null;
}

export const chaseStateQuery = defineQuery<ChaseState>('chaseState');
