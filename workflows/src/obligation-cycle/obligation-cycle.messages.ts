import { defineQuery, defineSignal } from '@temporalio/workflow';

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
