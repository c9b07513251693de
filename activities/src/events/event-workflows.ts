import type { MovedDuty } from '@duban/persistence';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';

/** What the event activities ask of Temporal: tenure clocks, and telling chases their duty has a new holder. */
export interface EventWorkflows {
  /** Starts `tenure-<holdingId>` (once: a retried start is harmless). */
  startTenureClock(input: { holdingId: string; milestones: { kind: string; at: string }[] }): Promise<void>;
  /** The holdings ended: their clocks stop (a clock already gone is fine). `progress`: after each. */
  endTenureClocks(holdingIds: string[], progress?: () => void): Promise<void>;
  /** Tells each moved duty's chase its new holder; `progress`: after each. */
  signalReassigned(moved: MovedDuty[], progress?: () => void): Promise<void>;
}

/** By workflow and signal name: activities may not import workflow code (Nx layers). */
export function temporalEventWorkflows(client: Client, taskQueue: string): EventWorkflows {
  const ignoreMissing = (error: unknown) => {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  };
  return {
    async startTenureClock({ holdingId, milestones }) {
      try {
        await client.workflow.start('tenureClockWorkflow', { workflowId: `tenure-${holdingId}`, taskQueue, args: [{ holdingId, milestones }], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    },
    async endTenureClocks(holdingIds, progress) {
      for (const id of holdingIds) {
        await client.workflow.getHandle(`tenure-${id}`).signal('tenureEnded').catch(ignoreMissing);
        progress?.();
      }
    },
    async signalReassigned(moved, progress) {
      for (const m of moved) {
        await client.workflow.getHandle(m.workflowId).signal('dutyReassigned', { personId: m.personId, seq: m.seq }).catch(ignoreMissing);
        progress?.();
      }
    },
  };
}
