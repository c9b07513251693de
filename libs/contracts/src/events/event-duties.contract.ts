import type { OrgEvent } from '@duban/domain';
import { workflowType } from '../workflow-type';
import type { IssuedEventDuties } from './event-activities';

/** An incident or a division change recorded through the API: `event-<event id>`. */
export const eventDutiesWorkflowId = (eventId: string) => `event-${eventId}`;

export interface EventDutiesInput {
  event: Extract<OrgEvent, { kind: 'incident' | 'division_change' }>;
}

export type EventDutiesWorkflow = (input: EventDutiesInput) => Promise<IssuedEventDuties>;
export const eventDutiesWorkflowType = workflowType<EventDutiesWorkflow>('eventDutiesWorkflow');
