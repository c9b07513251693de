import type { Audience, EscalationDecision } from '@duban/domain';

/**
 * The side effects a duty's chase needs, as the workflow sees them. Implemented in `activities/`,
 * proxied in `workflows/`: neither side imports the other. Every one is idempotent by its step key.
 */
export interface ChaseActivities {
  /** Asks the responsible leader to acknowledge (签收) the duty. */
  requestAcknowledgement(input: { dutyId: string; stepKey: string }): Promise<StepResult>;
  /** Reminds the responsible leader; `at` (the step's moment on the workflow clock) decides the wording. */
  sendReminder(input: { dutyId: string; stepKey: string; at: string }): Promise<StepResult>;
  /** Marks the duty overdue and tells the same-level 纪委书记. */
  markOverdue(input: { dutyId: string; round: number }): Promise<StepResult>;
  /** Records a proposal to escalate to the level's audience and asks the supervisors to decide. */
  proposeEscalation(input: { dutyId: string; round: number; level: number; decidesBy: string; notify: Audience[] }): Promise<ProposalResult>;
  /** A level that needs no approval: the warning goes out at once. */
  escalateDirectly(input: { dutyId: string; round: number; level: number; notify: Audience[] }): Promise<StepResult>;
  /** Applies a supervisor's decision, or the timeout's, and sends what it implies. */
  applyDecision(input: { dutyId: string; proposalId: string; decision: ChaseDecision }): Promise<DecisionOutcome>;
  /** The duty was closed or given a new date while a proposal was pending: withdraw it. */
  withdrawProposal(input: { dutyId: string; proposalId: string }): Promise<void>;
  /** A granted extension: moves the due date and tells the responsible leader. */
  applyNewDueDate(input: { dutyId: string; requestId: string; newDueAt: string; actorPersonId: string; reason: string | null }): Promise<StepResult>;
  /** Tells the new holder of the responsible position that the duty is now theirs. */
  notifyReassignment(input: { dutyId: string; stepKey: string; personId: string }): Promise<StepResult>;
  /** Tells the supervisors that the leader asks for an extension, or the leader that it was refused. */
  notifyExtensionRequest(input: { dutyId: string; requestId: string; event: 'requested' | 'refused' }): Promise<StepResult>;
  /**
   * The first step of a chase restarted because its completion was returned: tells the responsible leader (the
   * reason, the new date) and answers the round the new run starts at (after every round the duty had before).
   */
  reopenChase(input: { dutyId: string; returnSeq: number }): Promise<ReopenResult>;
}

export interface ReopenResult extends StepResult {
  /** The chase round the new run starts at: its steps' keys never meet those of an earlier run. */
  round: number;
  acknowledged: boolean;
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
  /** `withdrawn`: the duty was already closed in the database; nothing was sent. */
  status: 'approved' | 'auto_escalated' | 'rejected' | 'extended' | 'withdrawn';
  /** For an extension: the new moment the duty falls due. */
  newDueAt?: string;
  /** The warning notice (预警函) number, when the escalation went out. */
  noticeNumber?: string;
  /** How many people were emailed. */
  notified: number;
}
