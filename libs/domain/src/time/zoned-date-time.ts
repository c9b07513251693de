import { DateTime } from 'luxon';

/**
 * Date, time to the minute (seconds and up to nine decimals optional), and an offset that exists on Earth (±14:00 at
 * most). Exported for the OpenAPI document, which states it as the pattern of such fields.
 */
export const ZONED_DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

/**
 * A moment written with its offset (…+08:00 or …Z) that exists as written. A date or a time without offset
 * would be read in the server's zone, and a duty would fall due hours off what the user meant; an
 * impossible one (2027-02-30, T24:00, :60) would be rolled forward to another day than the one written.
 */
export function isZonedDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = ZONED_DATE_TIME_PATTERN.exec(value);
  if (!parts) return false;
  const at = DateTime.fromISO(value, { setZone: true });
  if (!at.isValid) return false;
  const [year, month, day, hour, minute, second = '0'] = parts.slice(1, 7);
  return at.year === +year && at.month === +month && at.day === +day && at.hour === +hour && at.minute === +minute && at.second === +second;
}
