import type { DutyEntity } from '@duban/persistence';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { inLanes } from './in-lanes';

/** Starts the durable chase of duties created on the worker side (a cycle opening a period, an event). */
export interface ChaseStarter {
  /** `progress` is called after each duty, started or not (an activity passes its heartbeat). */
  start(duties: DutyEntity[], progress?: () => void): Promise<void>;
}

/**
 * Starts `duty-<id>` for each duty, a few at a time; one already started is left alone, so a retried
 * activity starts nothing twice. Throws the first failure after trying them all.
 */
export function temporalChaseStarter(client: Client, taskQueue: string, timeZone: string, concurrency = 16): ChaseStarter {
  const startOne = async (duty: DutyEntity) => {
    try {
      // By name: activities may not import workflow code (Nx layers); the input is DutyChaseInput.
      await client.workflow.start('dutyChaseWorkflow', {
        workflowId: duty.workflowId,
        taskQueue,
        args: [{ dutyId: duty.id, dueAt: duty.dueAt.toISOString(), policy: duty.policy, timeZone, ...(duty.periodStart ? { periodStart: duty.periodStart.toISOString() } : {}) }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        memo: { templateId: duty.templateId, organizationId: duty.organizationId },
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };
  return {
    start: (duties, progress) =>
      inLanes(duties, concurrency, async (duty) => {
        try {
          await startOne(duty);
        } finally {
          progress?.();
        }
      }),
  };
}
