import { DubanWorkflowClient, ChaseToStart } from './duban-workflow-client';
import { inLanes } from './in-lanes';

/** Starts the durable chase of duties created on the worker side (a cycle opening a period, an event). */
export interface ChaseStarter {
  /** `progress` is called after each duty, started or not (an activity passes its heartbeat). */
  start(duties: ChaseToStart[], progress?: () => void): Promise<void>;
}

/**
 * Starts `duty-<id>` for each duty, a few at a time; one already started is left alone, so a retried
 * activity starts nothing twice. Throws the first failure after trying them all.
 */
export function temporalChaseStarter(workflows: DubanWorkflowClient, concurrency = 16): ChaseStarter {
  return {
    start: (duties, progress) =>
      inLanes(duties, concurrency, async (duty) => {
        try {
          await workflows.startChase(duty);
        } finally {
          progress?.();
        }
      }),
  };
}
