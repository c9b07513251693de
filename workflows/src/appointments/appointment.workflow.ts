import { ActivityOptions, proxyActivities, sleep } from '@temporalio/workflow';
import type { AppointmentInput, AppointmentResult, EventActivities } from '@duban/contracts';

const retry: ActivityOptions['retry'] = { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' };

// Starts the new duties' chases and tells each moved duty's chase its new holder, heartbeating after each.
const { applyAppointment } = proxyActivities<EventActivities>({ startToCloseTimeout: '2 minutes', heartbeatTimeout: '30 seconds', retry });

// One letter, one email: no loop, no heartbeat (and so no heartbeat timeout).
const { sendRectificationReminderLetter } = proxyActivities<EventActivities>({ startToCloseTimeout: '2 minutes', retry });

/**
 * `appointment-<id>`: waits until the effective date (at once when it is today or past), then the holder
 * changes and the new 一把手's duties are issued; then, if owed, the reminder letter about open rectifications.
 */
export async function appointmentWorkflow(input: AppointmentInput): Promise<AppointmentResult> {
  const wait = Date.parse(input.effectiveAt) - Date.now();
  if (wait > 0) await sleep(wait);
  const applied = await applyAppointment({ appointmentId: input.appointmentId });
  let reminderLetter: string | null = null;
  if (applied.reminderLetterDue) reminderLetter = (await sendRectificationReminderLetter({ appointmentId: input.appointmentId })).number;
  return { ...applied, reminderLetter };
}
