import type { EscalationDecision } from '../duties/duty-event-type';

/**
 * The side effects a duty's chase needs, as the workflow sees them. Implemented in `activities/`,
 * proxied in `workflows/`: neither side imports the other.
 */
export interface ChaseActivities {
  /** Emails the responsible leader, once per (duty, step). `at` is the step's moment on the workflow clock. */
  sendReminder(input: { dutyId: string; stepKey: string; at: string }): Promise<StepResult>;
  /** Marks the duty overdue and tells the same-level 纪委书记. */
  markOverdue(input: { dutyId: string; round: number }): Promise<StepResult>;
  /** Records a proposal to escalate to the higher body and asks the supervisors to decide. */
  proposeEscalation(input: { dutyId: string; round: number; level: number; decidesBy: string }): Promise<ProposalResult>;
  /** Applies a supervisor's decision, or the timeout's, and sends what it implies. */
  applyDecision(input: { dutyId: string; proposalId: string; decision: ChaseDecision }): Promise<DecisionOutcome>;
  /** The duty was closed while a proposal was pending: withdraw it. */
  withdrawProposal(input: { dutyId: string; proposalId: string }): Promise<void>;
}

/** `open` is false once the duty is completed or cancelled in the database: the chase stops. */
export interface StepResult {
  open: boolean;
}

export interface ProposalResult extends StepResult {
  proposalId: string | null;
}

export type ChaseDecision = EscalationDecision | { kind: 'timeout' };

export interface DecisionOutcome {
  proposalId: string;
  status: 'approved' | 'auto_escalated' | 'rejected' | 'extended';
  /** For an extension: the new moment the duty falls due. */
  newDueAt?: string;
  /** How many people were emailed. */
  notified: number;
}
