/**
 * Calendar dates written YYYY-MM-DD (proleptic Gregorian calendar). Pure integer arithmetic, no Date objects
 * and no time zones, so that the holiday calendar can use it inside a Temporal workflow bundle.
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A calendar date that exists as written: 2028-02-29, never 2027-02-29, 2027-02-30, 2027-13-01 or 2027-1-1. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
