/**
 * Chinese statutory holidays (法定节假日) and make-up working days (调休上班日), so that a due date can be
 * "moved to the next working day" for organizations that count working days.
 *
 * Pure: no I/O, no clock, no Date objects, no time zones. Dates are plain `YYYY-MM-DD` strings of the civil
 * calendar and all arithmetic is integer day numbers, so this module is safe inside a Temporal workflow bundle.
 *
 * Source: the built-in years are transcribed by hand from the State Council General Office (国务院办公厅)
 * notices cited on each year below. The npm packages that carry the same data were evaluated and not used:
 * `chinese-days` is a date library (its runtime code wraps local-time `Date`) whose data is a build artefact
 * under `dist/`; `holiday-calendar` fetches its data from a CDN at run time; `chinese-workday` lacks the 2020
 * Spring Festival extension (国办发明电〔2020〕1号). They were used only to cross-check this transcription.
 */
import { isCalendarDate } from '../time/calendar-date';

/** A calendar of days off and make-up working days; administrators can extend it for later years. */
export interface WorkdayCalendar {
  /** Years the calendar knows (outside them only weekends count as days off). */
  years(): number[];
  isWorkingDay(date: string /* YYYY-MM-DD */): boolean;
  /** Holiday name in Chinese for a statutory day off (e.g. '国庆节'), or null. */
  holidayName(date: string): string | null;
  /** The date itself if it is a working day, else the next working day. */
  nextWorkingDay(date: string): string;
}

/**
 * One year's arrangement as published: every day off of each holiday period (weekend days inside a period
 * included, named after the holiday) and every make-up working day. All dates lie inside `year`.
 */
export interface CalendarYear {
  year: number;
  daysOff: { date: string; name: string }[];
  makeUpWorkdays: string[];
  source: string;
}

// ---------------------------------------------------------------------------------------------------------
// Plain-date arithmetic (proleptic Gregorian calendar, integer day numbers; 1970-01-01 is day 0, a Thursday).

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The parts of a real calendar date written as `YYYY-MM-DD`, or null (e.g. '2025-02-30', '2025-1-1'). */
function parsePlainDate(text: unknown): Ymd | null {
  if (!isCalendarDate(text)) return null;
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

function requirePlainDate(text: string): Ymd {
  const parsed = parsePlainDate(text);
  if (!parsed) throw new RangeError(`不是合法的日期：${JSON.stringify(text)}（格式应为 YYYY-MM-DD）`);
  return parsed;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber (civil_from_days). */
function fromDayNumber(dayNumber: number): Ymd {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function formatPlainDate({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

function isWeekend(dayNumber: number): boolean {
  return isoWeekday(dayNumber) >= 6;
}

// ---------------------------------------------------------------------------------------------------------
// Built-in data, 2020–2026, transcribed from the notices. A period is [name, first day, last day] as the notice
// states it ("X月X日至X日放假（调休），共N天"); every day of it is a day off, including the weekend days inside it.

type Period = readonly [name: string, first: string, last: string];

interface Notice {
  readonly year: number;
  readonly source: string;
  readonly periods: readonly Period[];
  readonly makeUpWorkdays: readonly string[];
}

const NOTICES: readonly Notice[] = [
  {
    // 元旦 1月1日；春节 1月24日至30日，1月19日（日）、2月1日（六）上班；清明 4月4日至6日；劳动节 5月1日至5日，
    // 4月26日（日）、5月9日（六）上班；端午 6月25日至27日，6月28日（日）上班；国庆节、中秋节 10月1日至8日，
    // 9月27日（日）、10月10日（六）上班。
    // 国办发明电〔2020〕1号 then extended the Spring Festival to 2月2日 (2月3日起正常上班): 1月31日–2月2日 became days
    // off and the 2月1日 make-up day lapsed. (Some provinces extended further locally; that is not national.)
    year: 2020,
    source: '国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）；国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）',
    periods: [
      ['元旦', '2020-01-01', '2020-01-01'],
      ['春节', '2020-01-24', '2020-02-02'],
      ['清明节', '2020-04-04', '2020-04-06'],
      ['劳动节', '2020-05-01', '2020-05-05'],
      ['端午节', '2020-06-25', '2020-06-27'],
      // 中秋节 fell on 10月1日 itself that year; the whole merged period is named after National Day.
      ['国庆节', '2020-10-01', '2020-10-08'],
    ],
    makeUpWorkdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
  {
    // 元旦 1月1日至3日；春节 2月11日至17日，2月7日（日）、2月20日（六）上班；清明 4月3日至5日；劳动节 5月1日至5日，
    // 4月25日（日）、5月8日（六）上班；端午 6月12日至14日；中秋 9月19日至21日，9月18日（六）上班；
    // 国庆 10月1日至7日，9月26日（日）、10月9日（六）上班。
    year: 2021,
    source: '国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）',
    periods: [
      ['元旦', '2021-01-01', '2021-01-03'],
      ['春节', '2021-02-11', '2021-02-17'],
      ['清明节', '2021-04-03', '2021-04-05'],
      ['劳动节', '2021-05-01', '2021-05-05'],
      ['端午节', '2021-06-12', '2021-06-14'],
      ['中秋节', '2021-09-19', '2021-09-21'],
      ['国庆节', '2021-10-01', '2021-10-07'],
    ],
    makeUpWorkdays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  },
  {
    // 元旦 1月1日至3日；春节 1月31日至2月6日，1月29日（六）、1月30日（日）上班；清明 4月3日至5日，4月2日（六）上班；
    // 劳动节 4月30日至5月4日，4月24日（日）、5月7日（六）上班；端午 6月3日至5日；中秋 9月10日至12日；
    // 国庆 10月1日至7日，10月8日（六）、10月9日（日）上班。
    // 12月31日 (a Saturday) is the first day of the 2023 New Year period (国办发明电〔2022〕16号).
    year: 2022,
    source: '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）；12月31日据国办发明电〔2022〕16号',
    periods: [
      ['元旦', '2022-01-01', '2022-01-03'],
      ['春节', '2022-01-31', '2022-02-06'],
      ['清明节', '2022-04-03', '2022-04-05'],
      ['劳动节', '2022-04-30', '2022-05-04'],
      ['端午节', '2022-06-03', '2022-06-05'],
      ['中秋节', '2022-09-10', '2022-09-12'],
      ['国庆节', '2022-10-01', '2022-10-07'],
      ['元旦', '2022-12-31', '2022-12-31'],
    ],
    makeUpWorkdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  },
  {
    // 元旦 2022年12月31日至2023年1月2日；春节 1月21日至27日，1月28日（六）、1月29日（日）上班；清明 4月5日；
    // 劳动节 4月29日至5月3日，4月23日（日）、5月6日（六）上班；端午 6月22日至24日，6月25日（日）上班；
    // 中秋节、国庆节 9月29日至10月6日，10月7日（六）、10月8日（日）上班。
    year: 2023,
    source: '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）',
    periods: [
      ['元旦', '2023-01-01', '2023-01-02'],
      ['春节', '2023-01-21', '2023-01-27'],
      ['清明节', '2023-04-05', '2023-04-05'],
      ['劳动节', '2023-04-29', '2023-05-03'],
      ['端午节', '2023-06-22', '2023-06-24'],
      // 中秋节 is 9月29日; the merged period is named 中秋节 before 10月1日 and 国庆节 from it.
      ['中秋节', '2023-09-29', '2023-09-30'],
      ['国庆节', '2023-10-01', '2023-10-06'],
    ],
    makeUpWorkdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  {
    // 元旦 1月1日；春节 2月10日至17日，2月4日（日）、2月18日（日）上班（除夕2月9日只是"鼓励"安排休息，不是放假日）；
    // 清明 4月4日至6日，4月7日（日）上班；劳动节 5月1日至5日，4月28日（日）、5月11日（六）上班；端午 6月10日；
    // 中秋 9月15日至17日，9月14日（六）上班；国庆 10月1日至7日，9月29日（日）、10月12日（六）上班。
    year: 2024,
    source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）',
    periods: [
      ['元旦', '2024-01-01', '2024-01-01'],
      ['春节', '2024-02-10', '2024-02-17'],
      ['清明节', '2024-04-04', '2024-04-06'],
      ['劳动节', '2024-05-01', '2024-05-05'],
      ['端午节', '2024-06-10', '2024-06-10'],
      ['中秋节', '2024-09-15', '2024-09-17'],
      ['国庆节', '2024-10-01', '2024-10-07'],
    ],
    makeUpWorkdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    // 元旦 1月1日；春节 1月28日至2月4日，1月26日（日）、2月8日（六）上班；清明 4月4日至6日；
    // 劳动节 5月1日至5日，4月27日（日）上班；端午 5月31日至6月2日；
    // 国庆节、中秋节 10月1日至8日，9月28日（日）、10月11日（六）上班。
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    periods: [
      ['元旦', '2025-01-01', '2025-01-01'],
      ['春节', '2025-01-28', '2025-02-04'],
      ['清明节', '2025-04-04', '2025-04-06'],
      ['劳动节', '2025-05-01', '2025-05-05'],
      ['端午节', '2025-05-31', '2025-06-02'],
      // 中秋节 is 10月6日, inside the merged National Day period.
      ['国庆节', '2025-10-01', '2025-10-05'],
      ['中秋节', '2025-10-06', '2025-10-06'],
      ['国庆节', '2025-10-07', '2025-10-08'],
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    // 元旦 1月1日至3日，1月4日（日）上班；春节 2月15日至23日，2月14日（六）、2月28日（六）上班；清明 4月4日至6日；
    // 劳动节 5月1日至5日，5月9日（六）上班；端午 6月19日至21日；中秋 9月25日至27日；
    // 国庆 10月1日至7日，9月20日（日）、10月10日（六）上班。（2025年11月4日发布）
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
    periods: [
      ['元旦', '2026-01-01', '2026-01-03'],
      ['春节', '2026-02-15', '2026-02-23'],
      ['清明节', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05'],
      ['端午节', '2026-06-19', '2026-06-21'],
      ['中秋节', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07'],
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

function expandNotice(notice: Notice): CalendarYear {
  const daysOff: CalendarYear['daysOff'] = [];
  for (const [name, first, last] of notice.periods) {
    const end = toDayNumber(requirePlainDate(last));
    for (let day = toDayNumber(requirePlainDate(first)); day <= end; day++) {
      daysOff.push({ date: formatPlainDate(fromDayNumber(day)), name });
    }
  }
  return { year: notice.year, daysOff, makeUpWorkdays: [...notice.makeUpWorkdays], source: notice.source };
}

/** The built-in years (2020–2026) as fresh copies, e.g. to show administrators what a later year looks like. */
export function builtInChinaCalendarYears(): CalendarYear[] {
  return NOTICES.map(expandNotice);
}

// ---------------------------------------------------------------------------------------------------------
// Validation of administrator-supplied years (reasons in Chinese, for API responses).

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const MAX_NAME_LENGTH = 30;
const MAX_SOURCE_LENGTH = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Problems with an administrator-supplied year, or [] when it can be used as a CalendarYear.
 * `field` is a path such as `daysOff[2].date` or `makeUpWorkdays[0]`.
 */
export function validateCalendarYear(input: unknown): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const problem = (field: string, reason: string) => problems.push({ field, reason });
  if (!isRecord(input)) {
    problem('', '必须是一个对象，包含 year、daysOff、makeUpWorkdays、source');
    return problems;
  }

  const { year, daysOff, makeUpWorkdays, source } = input;
  const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
  if (!yearOk) problem('year', `年份必须是 ${MIN_YEAR} 至 ${MAX_YEAR} 之间的整数`);

  /** Checks one date; returns it when usable for the cross checks below. */
  const checkDate = (field: string, value: unknown): string | null => {
    const parsed = parsePlainDate(value);
    if (!parsed) {
      problem(field, '日期格式不正确，应为 YYYY-MM-DD 且是真实存在的日期');
      return null;
    }
    if (yearOk && parsed.year !== year) {
      problem(field, `日期不在 ${year} 年内`);
      return null;
    }
    return value as string;
  };

  const offDates = new Set<string>();
  if (!Array.isArray(daysOff)) {
    problem('daysOff', '放假日必须是数组');
  } else {
    daysOff.forEach((entry: unknown, index) => {
      const field = `daysOff[${index}]`;
      if (!isRecord(entry)) {
        problem(field, '放假日必须是包含 date 和 name 的对象');
        return;
      }
      const date = checkDate(`${field}.date`, entry['date']);
      if (date !== null) {
        if (offDates.has(date)) problem(`${field}.date`, `放假日 ${date} 重复`);
        offDates.add(date);
      }
      const name = entry['name'];
      if (typeof name !== 'string' || name.trim() === '') {
        problem(`${field}.name`, '节日名称不能为空');
      } else if (name.length > MAX_NAME_LENGTH) {
        problem(`${field}.name`, `节日名称不能超过 ${MAX_NAME_LENGTH} 个字符`);
      }
    });
  }

  if (!Array.isArray(makeUpWorkdays)) {
    problem('makeUpWorkdays', '调休上班日必须是数组');
  } else {
    const seen = new Set<string>();
    makeUpWorkdays.forEach((value: unknown, index) => {
      const field = `makeUpWorkdays[${index}]`;
      const date = checkDate(field, value);
      if (date === null) return;
      if (seen.has(date)) problem(field, `调休上班日 ${date} 重复`);
      seen.add(date);
      if (offDates.has(date)) problem(field, `${date} 不能既是放假日又是调休上班日`);
      if (!isWeekend(toDayNumber(requirePlainDate(date)))) {
        problem(field, `${date} 不是周六或周日，本来就是工作日，无需调休上班`);
      }
    });
  }

  if (typeof source !== 'string' || source.trim() === '') {
    problem('source', '请填写依据（如国务院办公厅通知的文号）');
  } else if (source.length > MAX_SOURCE_LENGTH) {
    problem('source', `依据不能超过 ${MAX_SOURCE_LENGTH} 个字符`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// The calendar.

/** Longest run of consecutive days off nextWorkingDay walks before giving up (a year plus margin). */
const MAX_DAYS_OFF_IN_A_ROW = 400;

/**
 * The built-in 2020–2026 years plus administrator-supplied ones; a supplied year replaces the built-in one of
 * the same year entirely. Throws a RangeError listing the problems if a supplied year is invalid.
 */
export function chinaWorkdayCalendar(extra: CalendarYear[] = []): WorkdayCalendar {
  const byYear = new Map<number, CalendarYear>();
  for (const year of builtInChinaCalendarYears()) byYear.set(year.year, year);

  const supplied = new Set<number>();
  for (const [index, year] of extra.entries()) {
    const problems = validateCalendarYear(year);
    if (problems.length > 0) {
      const details = problems.map((p) => `${p.field || '(整体)'}：${p.reason}`).join('；');
      throw new RangeError(`第 ${index + 1} 个日历年份不合法：${details}`);
    }
    if (supplied.has(year.year)) throw new RangeError(`日历年份 ${year.year} 重复提供`);
    supplied.add(year.year);
    byYear.set(year.year, year);
  }

  const holidayNames = new Map<string, string>();
  const makeUpDays = new Set<string>();
  for (const year of byYear.values()) {
    for (const { date, name } of year.daysOff) holidayNames.set(date, name);
    for (const date of year.makeUpWorkdays) makeUpDays.add(date);
  }
  const knownYears = [...byYear.keys()].sort((a, b) => a - b);

  const isWorkingDayNumber = (dayNumber: number): boolean => {
    const date = formatPlainDate(fromDayNumber(dayNumber));
    if (makeUpDays.has(date)) return true;
    if (holidayNames.has(date)) return false;
    return !isWeekend(dayNumber);
  };

  return {
    years: () => [...knownYears],
    isWorkingDay: (date) => isWorkingDayNumber(toDayNumber(requirePlainDate(date))),
    holidayName: (date) => holidayNames.get(formatPlainDate(requirePlainDate(date))) ?? null,
    nextWorkingDay: (date) => {
      const start = toDayNumber(requirePlainDate(date));
      for (let day = start; day <= start + MAX_DAYS_OFF_IN_A_ROW; day++) {
        if (isWorkingDayNumber(day)) return formatPlainDate(fromDayNumber(day));
      }
      throw new RangeError(`${date} 之后 ${MAX_DAYS_OFF_IN_A_ROW} 天内没有工作日，请检查节假日日历`);
    },
  };
}
