import type { TenureMilestoneKind } from '@duban/domain';
import { defineSignal } from '@temporalio/workflow';
import { workflowType } from '../workflow-type';

/** A holding's tenure clock: `tenure-<holding id>`. */
export const tenureWorkflowId = (holdingId: string) => `tenure-${holdingId}`;

export interface TenureClockInput {
  holdingId: string;
  /** When each milestone falls (ISO), in order: 3 years, 5 years. */
  milestones: { kind: TenureMilestoneKind; at: string }[];
}

export interface TenureClockResult {
  reached: TenureMilestoneKind[];
}

export type TenureClockWorkflow = (input: TenureClockInput) => Promise<TenureClockResult>;
export const tenureClockWorkflowType = workflowType<TenureClockWorkflow>('tenureClockWorkflow');

/** The holding ended (transfer, removal, another holder): the clock stops. */
export const tenureEndedSignal = defineSignal<[]>('tenureEnded');
