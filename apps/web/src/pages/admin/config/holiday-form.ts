import type { CalendarYearDetail } from './config-views';

/**
 * One year of the holiday calendar as the form edits it: holidays as ranges of days (the State Council notice
 * says “1月28日至2月4日放假”), make-up working days one by one. The API wants each day off with its holiday's name
 * (PUT /calendar/years/:year) and checks the dates again (in the year, real, not twice, make-up days on weekends).
 */
export interface HolidayRange {
  name?: string;
  /** [first, last] day, YYYY-MM-DD. */
  range?: [string, string];
}

export interface HolidayValues {
  year?: number;
  source?: string;
  holidays: HolidayRange[];
  makeUpWorkdays: (string | undefined)[];
}

export interface HolidayBody {
  year: number;
  daysOff: { date: string; name: string }[];
  makeUpWorkdays: string[];
  source: string;
}

const DAY = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Every day from `first` to `last`, both included. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = toTime(first); t <= toTime(last); t += DAY) days.push(toDay(t));
  return days;
}

/** The days off of a year as ranges of consecutive days of the same holiday. */
export function holidayRanges(daysOff: readonly { date: string; name: string }[]): HolidayRange[] {
  const sorted = [...daysOff].sort((a, b) => a.date.localeCompare(b.date));
  const ranges: { name: string; range: [string, string] }[] = [];
  for (const day of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last.name === day.name && toTime(day.date) - toTime(last.range[1]) === DAY) last.range[1] = day.date;
    else ranges.push({ name: day.name, range: [day.date, day.date] });
  }
  return ranges;
}

export function holidayValues(detail: CalendarYearDetail): HolidayValues {
  return { year: detail.year, source: detail.source, holidays: holidayRanges(detail.daysOff), makeUpWorkdays: [...detail.makeUpWorkdays] };
}

export function holidayBody(values: HolidayValues): HolidayBody {
  return {
    year: values.year!,
    daysOff: values.holidays.flatMap((h) => (h.range ? daysBetween(h.range[0], h.range[1]).map((date) => ({ date, name: (h.name ?? '').trim() })) : [])),
    makeUpWorkdays: values.makeUpWorkdays.filter((d): d is string => !!d).sort(),
    source: (values.source ?? '').trim(),
  };
}

/** The form's checks: field (as the form names it) → the Chinese reason. */
export function holidayProblems(values: HolidayValues): Record<string, string> {
  const problems: Record<string, string> = {};
  const year = values.year;
  if (!year || !Number.isInteger(year) || year < 2000 || year > 2100) problems.year = '请填写 2000 至 2100 之间的年份';
  if (!values.source || !values.source.trim()) problems.source = '请填写依据（通知名称或文号）';
  const seen = new Map<string, number>();
  values.holidays.forEach((h, i) => {
    if (!h.name || !h.name.trim()) problems[`holidays.${i}.name`] = '请填写节日名称';
    if (!h.range) {
      problems[`holidays.${i}.range`] = '请选择放假日期';
      return;
    }
    for (const day of daysBetween(h.range[0], h.range[1])) {
      if (year && !day.startsWith(`${year}-`)) problems[`holidays.${i}.range`] = `日期须在 ${year} 年内`;
      if (seen.has(day)) problems[`holidays.${i}.range`] = `${day} 与第 ${seen.get(day)! + 1} 个假期重复`;
      else seen.set(day, i);
    }
  });
  values.makeUpWorkdays.forEach((day, i) => {
    if (!day) problems[`makeUpWorkdays.${i}`] = '请选择调休上班日';
    else if (year && !day.startsWith(`${year}-`)) problems[`makeUpWorkdays.${i}`] = `日期须在 ${year} 年内`;
    else if (![0, 6].includes(new Date(toTime(day)).getUTCDay())) problems[`makeUpWorkdays.${i}`] = '调休上班日应为周六或周日';
    else if (seen.has(day)) problems[`makeUpWorkdays.${i}`] = '该日已是放假日';
  });
  return problems;
}

/**
 * The API names a day off by its place in `daysOff` (daysOff.3.date): the form's holiday that holds that day.
 * Other fields keep their names.
 */
export function holidayFormField(apiField: string, values: HolidayValues): string {
  const match = /^daysOff\.(\d+)(?:\.(date|name))?$/.exec(apiField);
  if (!match) return apiField;
  const index = Number(match[1]);
  let seen = 0;
  for (let i = 0; i < values.holidays.length; i++) {
    const h = values.holidays[i];
    const count = h.range ? daysBetween(h.range[0], h.range[1]).length : 0;
    if (index < seen + count) return `holidays.${i}.${match[2] === 'name' ? 'name' : 'range'}`;
    seen += count;
  }
  return 'holidays';
}
