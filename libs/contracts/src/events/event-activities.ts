import type { OrgEvent, TenureMilestoneKind } from '@duban/domain';

/**
 * The side effects of duties started by events, as the appointment and tenure workflows see them. Implemented
 * in `activities/`, proxied in `workflows/`; every one is idempotent (a retry does nothing twice).
 */
export interface EventActivities {
  /**
   * On the effective date: the person takes (or leaves) the post, the position's open duties follow the new
   * holder, the duties of a new 一把手 are issued and chased, and the tenure clock of the new holding starts.
   */
  applyAppointment(input: { appointmentId: string }): Promise<AppliedAppointment>;
  /** CZ 10: the reminder letter about open rectifications (巡察整改履责提醒函), as a PDF by email to the new 一把手. */
  sendRectificationReminderLetter(input: { appointmentId: string }): Promise<{ sent: boolean; number: string | null }>;
  /** A tenure milestone: if the person still holds the post, flags the holding and issues the duties. */
  reachTenureMilestone(input: { holdingId: string; milestone: TenureMilestoneKind }): Promise<{ stillHeld: boolean; dutyIds: string[] }>;
  /** An incident or a division change recorded through the API: the duties the packs in force name, issued and chased. */
  issueRecordedEventDuties(input: { event: Extract<OrgEvent, { kind: 'incident' | 'division_change' }> }): Promise<IssuedEventDuties>;
}

/** The event's duties as stored (created now or by an earlier try), and what was left out with the reason. */
export interface IssuedEventDuties {
  dutyIds: string[];
  skipped: { organizationId: string; reason: string }[];
}

export interface AppliedAppointment {
  /** False when the appointment was withdrawn or the position is gone: nothing changed. */
  applied: boolean;
  holdingId: string | null;
  dutyIds: string[];
  /** The new 一把手 is owed a reminder letter about open rectifications. */
  reminderLetterDue: boolean;
}
