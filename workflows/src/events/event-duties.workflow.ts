import { proxyActivities } from '@temporalio/workflow';
import type { EventActivities, EventDutiesInput, IssuedEventDuties } from '@duban/contracts';

const { issueRecordedEventDuties } = proxyActivities<EventActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * `event-<id>`: an incident or a division change the API recorded; the duties its packs name are issued on
 * the worker side through the one issuer and chased. The API waits for it a while.
 */
export async function eventDutiesWorkflow(input: EventDutiesInput): Promise<IssuedEventDuties> {
  return issueRecordedEventDuties(input);
}
