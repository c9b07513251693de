import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { EventActivities, TenureClockInput, TenureClockResult, tenureEndedSignal } from '@duban/contracts';

const { reachTenureMilestone } = proxyActivities<EventActivities>({
  startToCloseTimeout: '2 minutes',
  // It heartbeats after issuing the milestone's duties and after each chase started.
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

/**
 * `tenure-<holdingId>`: sleeps until each milestone of a holding; at each, the activity checks in the database
 * that the person still holds the post before flagging it and issuing the duties. Stops when told the holding
 * ended, or when the activity finds it ended.
 */
export async function tenureClockWorkflow(input: TenureClockInput): Promise<TenureClockResult> {
  let ended = false;
  setHandler(tenureEndedSignal, () => void (ended = true));
  const reached: TenureClockResult['reached'] = [];
  for (const milestone of input.milestones) {
    const wait = Date.parse(milestone.at) - Date.now();
    if (wait > 0 && (await condition(() => ended, wait))) return { reached };
    if (ended) return { reached };
    const { stillHeld } = await reachTenureMilestone({ holdingId: input.holdingId, milestone: milestone.kind });
    if (!stillHeld) return { reached };
    reached.push(milestone.kind);
  }
  return { reached };
}
