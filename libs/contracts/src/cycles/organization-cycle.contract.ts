import { defineQuery, defineSignal } from '@temporalio/workflow';
import { workflowType } from '../workflow-type';

/** An organization's duty cycle: `cycle-<organization id>`. */
export const cycleWorkflowId = (organizationId: string) => `cycle-${organizationId}`;

export interface OrganizationCycleInput {
  organizationId: string;
  /** Runs before continuing as new (histories stay small); tests lower it. */
  runsPerExecution?: number;
}

export interface OrganizationCycleResult {
  organizationId: string;
  stopped: true;
}

export type OrganizationCycleWorkflow = (input: OrganizationCycleInput) => Promise<OrganizationCycleResult>;
export const organizationCycleWorkflowType = workflowType<OrganizationCycleWorkflow>('organizationCycleWorkflow');

/** The organization's pack, settings or overrides changed (or an ancestor's): recompute when the next duties open. */
export const cycleSettingsChangedSignal = defineSignal<[]>('cycleSettingsChanged');

export interface CycleState {
  organizationId: string;
  /** Workflow-clock instant of the last run (ISO), null before the first. */
  lastRunAt: string | null;
  /** When the next duties are created (ISO), null when nothing is scheduled. */
  nextAt: string | null;
  /** Duties created by this run of the workflow (since the last continue-as-new). */
  created: number;
}

export const cycleStateQuery = defineQuery<CycleState>('cycleState');
