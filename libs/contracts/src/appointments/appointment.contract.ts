import type { AppliedAppointment } from '../events/event-activities';
import { workflowType } from '../workflow-type';

/** A 任免 taking effect: `appointment-<appointment id>` (the id is stored on the appointment). */
export const appointmentWorkflowId = (appointmentId: string) => `appointment-${appointmentId}`;

export interface AppointmentInput {
  appointmentId: string;
  /** The start of the effective date in the organization's zone (ISO): the 任免 takes effect then. */
  effectiveAt: string;
}

export type AppointmentResult = AppliedAppointment & { reminderLetter: string | null };

export type AppointmentWorkflow = (input: AppointmentInput) => Promise<AppointmentResult>;
export const appointmentWorkflowType = workflowType<AppointmentWorkflow>('appointmentWorkflow');
