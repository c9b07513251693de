import { DateTime } from 'luxon';
import { isCalendarDate } from '../time/calendar-date';
import { DEFAULT_TIME_ZONE } from '../time/zone';

export type TenureMilestoneKind = 'tenure_3y' | 'tenure_5y';

/** A point in a tenure that starts duties: 3 years (任中审计优先, CZ 11) and 5 years (交流轮岗, SX（十七）). */
export interface TenureMilestone {
  kind: TenureMilestoneKind;
  years: number;
  /** The anniversary, YYYY-MM-DD. */
  date: string;
  /** Its start in the zone (ISO): the clock wakes then. */
  at: string;
}

const YEARS: Readonly<Record<TenureMilestoneKind, number>> = { tenure_3y: 3, tenure_5y: 5 };

/** The milestones of a tenure that began on `startedOn` (a calendar date in the zone); 29 February falls on 28 February. */
export function tenureMilestones(startedOn: string, zone: string = DEFAULT_TIME_ZONE): TenureMilestone[] {
  const start = DateTime.fromISO(startedOn, { zone });
  if (!isCalendarDate(startedOn)) throw new RangeError(`任职日期应为 YYYY-MM-DD：${startedOn}`);
  return (Object.keys(YEARS) as TenureMilestoneKind[]).map((kind) => {
    const day = start.plus({ years: YEARS[kind] });
    return { kind, years: YEARS[kind], date: day.toISODate()!, at: day.startOf('day').toISO()! };
  });
}

/** The start of a calendar day in the zone (ISO): when something dated that day takes effect. */
export function startOfDay(date: string, zone: string = DEFAULT_TIME_ZONE): string {
  const day = DateTime.fromISO(date, { zone });
  if (!isCalendarDate(date)) throw new RangeError(`日期应为 YYYY-MM-DD：${date}`);
  return day.startOf('day').toISO()!;
}
