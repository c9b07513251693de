import { Duration } from 'luxon';

/** An ISO-8601 duration such as P30D, P1M, PT5S, kept as text so it survives JSON and config files. */
export type IsoDuration = string;

/** The shape of an ISO-8601 duration (the OpenAPI document states it as the pattern of such fields). */
export const ISO_DURATION_PATTERN = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/**
 * The longest duration anything in duban waits, warns ahead or extends by: ten years (a month counted as
 * 30 days, a year as 365). Beyond it a date computed from the duration leaves the range of dates at all.
 */
export const MAX_ISO_DURATION: IsoDuration = 'P10Y';
const MAX_DAYS = Duration.fromISO(MAX_ISO_DURATION).as('days');

/** Why a value is not a usable duration, in Chinese; null when it is one. */
export function isoDurationProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_DURATION_PATTERN.test(value)) return `不是合法的 ISO-8601 时长：${String(value)}（示例：P30D、PT5S）`;
  const duration = Duration.fromISO(value);
  if (!duration.isValid) return `不是合法的 ISO-8601 时长：${value}（示例：P30D、PT5S）`;
  if (!(duration.as('days') <= MAX_DAYS)) return `时长过长：${value}（最长 ${MAX_ISO_DURATION}，即 10 年）`;
  return null;
}

export function isIsoDuration(value: unknown): value is IsoDuration {
  return isoDurationProblem(value) === null;
}

export function parseIsoDuration(value: IsoDuration): Duration {
  if (!isIsoDuration(value)) {
    throw new RangeError(`不是合法的 ISO-8601 时长：${JSON.stringify(value)}（示例：P30D、PT5S，最长 ${MAX_ISO_DURATION}）`);
  }
  return Duration.fromISO(value);
}

/** Milliseconds of a duration, days counted as 24 h (used only for waits, never for calendar dates). */
export function isoDurationToMillis(value: IsoDuration): number {
  return parseIsoDuration(value).as('milliseconds');
}
