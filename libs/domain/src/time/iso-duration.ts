import { Duration } from 'luxon';

/** An ISO-8601 duration such as P30D, P1M, PT5S, kept as text so it survives JSON and config files. */
export type IsoDuration = string;

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export function isIsoDuration(value: unknown): value is IsoDuration {
  return typeof value === 'string' && ISO_DURATION.test(value) && Duration.fromISO(value).isValid;
}

export function parseIsoDuration(value: IsoDuration): Duration {
  if (!isIsoDuration(value)) {
    throw new RangeError(`不是合法的 ISO-8601 时长：${JSON.stringify(value)}（示例：P30D、PT5S）`);
  }
  return Duration.fromISO(value);
}

/** Milliseconds of a duration, days counted as 24 h (used only for waits, never for calendar dates). */
export function isoDurationToMillis(value: IsoDuration): number {
  return parseIsoDuration(value).as('milliseconds');
}
