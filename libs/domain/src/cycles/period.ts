import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE } from '../time/zone';

/** One period of a cycle, in the organization's zone. `end` is exclusive (the first moment of the next period). */
export interface Period {
  key: string;
  start: string;
  end: string;
}

export function yearlyPeriod(year: number, zone: string = DEFAULT_TIME_ZONE): Period {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`年份超出范围（2000–2100）：${year}`);
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone });
  return { key: String(year), start: start.toISO()!, end: start.plus({ years: 1 }).toISO()! };
}

/** A due date at the end of a period: the last calendar day, due by the end of that day. */
export interface DueDate {
  /** Calendar date shown to people, e.g. 2026-12-31. */
  date: string;
  /** The instant the duty falls due (the end of that day, exclusive), ISO with offset. */
  at: string;
}

export function dueAtEndOfPeriod(period: Period, zone: string = DEFAULT_TIME_ZONE): DueDate {
  const end = DateTime.fromISO(period.end, { zone });
  return { date: end.minus({ days: 1 }).toISODate()!, at: end.toISO()! };
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
