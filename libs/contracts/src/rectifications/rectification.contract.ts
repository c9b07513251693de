import { defineSignal } from '@temporalio/workflow';
import { workflowType } from '../workflow-type';

/** A rectification's follow-up (整改跟踪): `rectification-<rectification id>`. */
export const rectificationWorkflowId = (rectificationId: string) => `rectification-${rectificationId}`;

export interface RectificationInput {
  rectificationId: string;
  /** Looks again at least this often (ms) even when nothing is scheduled: a lost wake-up costs at most this. */
  tickMs?: number;
  /** Runs before continuing as new (histories stay small); tests lower it. */
  runsPerExecution?: number;
}

export interface RectificationResult {
  rectificationId: string;
  status: string;
}

export type RectificationWorkflow = (input: RectificationInput) => Promise<RectificationResult>;
export const rectificationWorkflowType = workflowType<RectificationWorkflow>('rectificationWorkflow');

/** Something changed that the follow-up may act on at once (a report reviewed, a visit made, a notice decided). */
export const rectificationChangedSignal = defineSignal<[]>('rectificationChanged');
