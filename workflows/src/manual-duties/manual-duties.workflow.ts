import { proxyActivities } from '@temporalio/workflow';
import type { IssuedManualDuties, ManualDutiesInput, ManualDutyActivities } from '@duban/contracts';

const { issueManualDuties } = proxyActivities<ManualDutyActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * `manual-duties-<requestId>`: an administrator's manual request, issued on the worker side like a cycle's
 * or an event's duties (one issuer, one key), their chases started. The API waits for the answer a while.
 */
export async function manualDutiesWorkflow(input: ManualDutiesInput): Promise<IssuedManualDuties> {
  return issueManualDuties(input);
}
