import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE } from './zone';

/** A due date: the calendar date people see, and the instant the duty falls due. */
export interface DueDate {
  /** Calendar date shown to people, e.g. 2026-12-31. */
  date: string;
  /** The instant the duty falls due (the end of that day, exclusive), ISO with offset. */
  at: string;
}

/** The calendar date, in the zone, of an instant (for display and for `dueDate` columns). */
export function calendarDate(instant: string | Date, zone: string = DEFAULT_TIME_ZONE): string {
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant, { zone }) : DateTime.fromJSDate(instant, { zone });
  return dt.toISODate()!;
}

/**
 * The date shown for a due moment: the last calendar day still inside it. A duty due at
 * 2027-01-01T00:00+08:00 is due by the end of 2026-12-31.
 */
export function dueDateOf(dueAt: string | Date, zone: string = DEFAULT_TIME_ZONE): string {
  const ms = (typeof dueAt === 'string' ? Date.parse(dueAt) : dueAt.getTime()) - 1;
  return calendarDate(new Date(ms), zone);
}

/** The year an instant falls in, in the zone. */
export function yearOf(instant: Date, zone: string = DEFAULT_TIME_ZONE): number {
  return DateTime.fromJSDate(instant, { zone }).year;
}
