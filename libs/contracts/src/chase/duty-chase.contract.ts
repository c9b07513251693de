import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ChasePolicy, ChaseProgress, EscalationDecision } from '@duban/domain';
import { workflowType } from '../workflow-type';
import type { DecisionOutcome } from './chase-activities';

/** A duty's chase: `duty-<duty id>` (the id is stored on the duty). */
export const dutyWorkflowId = (dutyId: string) => `duty-${dutyId}`;

export interface DutyChaseInput {
  dutyId: string;
  /** The instant the duty falls due (ISO). */
  dueAt: string;
  policy: ChasePolicy;
  timeZone: string;
  /** Start of the duty's period: reminders that would fall before it are skipped. */
  periodStart?: string;
  /** Carried over by continue-as-new. */
  progress?: ChaseProgress;
  /**
   * Set when the chase is started again because the supervising body returned the completion (the n-th return):
   * the run begins by telling the leader, and chases the new due date as a new round.
   */
  reopened?: { returnSeq: number };
  /** Steps per run before continuing as new (histories stay small); tests lower it. */
  stepsPerRun?: number;
}

export interface DutyChaseResult {
  dutyId: string;
  closedBy: 'completed' | 'cancelled';
}

export type DutyChaseWorkflow = (input: DutyChaseInput) => Promise<DutyChaseResult>;
export const dutyChaseWorkflowType = workflowType<DutyChaseWorkflow>('dutyChaseWorkflow');

/** The API recorded the completion in the database: stop chasing. */
export const dutyCompletedSignal = defineSignal<[]>('dutyCompleted');

/** The duty was cancelled (obligation disabled, organization dissolved): stop chasing. */
export const dutyCancelledSignal = defineSignal<[{ reason: string }]>('dutyCancelled');

/** The responsible leader acknowledged (签收) the duty: stop asking for acknowledgement. */
export const dutyAcknowledgedSignal = defineSignal<[]>('dutyAcknowledged');

/** The responsible position changed holder; the API already moved the duty. Tell the new holder. */
export const dutyReassignedSignal = defineSignal<[{ personId: string; seq: number }]>('dutyReassigned');

/**
 * An administrator applied a changed configuration to this open duty (the database already holds it): chase
 * by the new policy, and by the new due date if the due rule changed.
 */
export const dutyPolicyChangedSignal = defineSignal<[{ policy: ChasePolicy; dueAt: string }]>('dutyPolicyChanged');

/** An extension request was recorded (or refused) by the API: tell the people concerned. */
export const extensionRequestSignal = defineSignal<[{ requestId: string; event: 'requested' | 'refused' }]>('extensionRequest');

export type DecideEscalationInput = EscalationDecision & { proposalId: string };

/**
 * A supervisor's decision on the pending escalation. Refused (validator) when nothing is pending,
 * the proposal is another one, it was already decided, or the duty is closed.
 */
export const decideEscalationUpdate = defineUpdate<DecisionOutcome, [DecideEscalationInput]>('decideEscalation');

export interface GrantExtensionInput {
  requestId: string;
  newDueAt: string;
  actorPersonId: string;
  reason: string | null;
}

/** A granted extension: the due date moves and the ladder starts again. Refused when the duty is closed. */
export const grantExtensionUpdate = defineUpdate<{ dueAt: string; round: number }, [GrantExtensionInput]>('grantExtension');

export interface ChaseState {
  closed: boolean;
  progress: ChaseProgress;
}

export const chaseStateQuery = defineQuery<ChaseState>('chaseState');
