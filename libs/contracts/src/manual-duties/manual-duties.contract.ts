import type { ManualDutyRequest } from '@duban/domain';
import { workflowType } from '../workflow-type';
import type { IssuedManualDuties } from './manual-duty-activities';

/** An administrator's manual request: `manual-duties-<request id>`. */
export const manualDutiesWorkflowId = (requestId: string) => `manual-duties-${requestId}`;

export type ManualDutiesInput = ManualDutyRequest & { organizationId: string };

export type ManualDutiesWorkflow = (input: ManualDutiesInput) => Promise<IssuedManualDuties>;
export const manualDutiesWorkflowType = workflowType<ManualDutiesWorkflow>('manualDutiesWorkflow');
