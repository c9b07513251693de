import { allHandlersFinished, condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { CycleActivities, cycleSettingsChangedSignal, CycleState, cycleStateQuery, OrganizationCycleInput, OrganizationCycleResult } from '@duban/contracts';

const activities = proxyActivities<CycleActivities>({
  // A period of 500 subordinates creates 500 duties and starts 500 chases.
  startToCloseTimeout: '10 minutes',
  // It heartbeats after creating them and after each chase started: a worker lost mid-way is noticed in a
  // minute, not ten, and the retry (idempotent) starts what is left.
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * An organization's duty cycle (`cycle-<organization id>`): sleeps until the next period (or slot) opens, less
 * the organization's lead time, then creates that period's duties and starts their chase — month after
 * month, year after year, across worker and server restarts. Which duties, and when, is decided in the
 * activity from the configuration in force at that moment, so a changed pack or override takes effect
 * from the next period; a settings change wakes the workflow to recompute the next opening.
 */
export async function organizationCycleWorkflow(input: OrganizationCycleInput): Promise<OrganizationCycleResult> {
  const state: CycleState = { organizationId: input.organizationId, lastRunAt: null, nextAt: null, created: 0 };
  let changed = false;
  setHandler(cycleStateQuery, () => ({ ...state }));
  setHandler(cycleSettingsChangedSignal, () => void (changed = true));

  const runs = input.runsPerExecution ?? 100;
  for (let run = 1; ; run++) {
    changed = false;
    // Date.now() inside a workflow is Temporal's deterministic workflow clock.
    const now = new Date(Date.now()).toISOString();
    const result = await activities.openDuePeriods({ organizationId: input.organizationId, now });
    Object.assign(state, { lastRunAt: now, nextAt: result.nextAt, created: state.created + result.created });
    if (!result.enabled) break;
    const wait = result.nextAt ? Math.max(0, Date.parse(result.nextAt) - Date.now()) : undefined;
    if (wait === undefined) await condition(() => changed);
    else if (wait > 0) await condition(() => changed, wait);
    if (run >= runs || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof organizationCycleWorkflow>(input);
    }
  }
  await condition(allHandlersFinished);
  return { organizationId: input.organizationId, stopped: true };
}
