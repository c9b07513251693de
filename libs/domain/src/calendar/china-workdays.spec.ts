import {
  builtInChinaCalendarYears,
  CalendarYear,
  chinaWorkdayCalendar,
  validateCalendarYear,
} from './china-workdays';

const calendar = chinaWorkdayCalendar();

/** Every date from first to last inclusive (test helper, UTC so no zone can shift a day). */
function datesBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** [date, working day?, holiday name] — known dates for every built-in year, from the State Council notices. */
const KNOWN: [string, boolean, string | null][] = [
  // 2020 (国办发明电〔2019〕16号, Spring Festival extended by 国办发明电〔2020〕1号)
  ['2020-01-01', false, '元旦'],
  ['2020-01-19', true, null], // make-up Sunday
  ['2020-01-24', false, '春节'],
  ['2020-01-31', false, '春节'], // extension
  ['2020-02-01', false, '春节'], // was a make-up Saturday, cancelled by the extension
  ['2020-02-02', false, '春节'],
  ['2020-02-03', true, null],
  ['2020-04-06', false, '清明节'],
  ['2020-04-26', true, null],
  ['2020-05-05', false, '劳动节'],
  ['2020-05-09', true, null],
  ['2020-06-25', false, '端午节'],
  ['2020-06-28', true, null],
  ['2020-09-27', true, null],
  ['2020-10-10', true, null],
  // 2021 (国办发明电〔2020〕27号)
  ['2021-01-01', false, '元旦'],
  ['2021-02-07', true, null],
  ['2021-02-11', false, '春节'],
  ['2021-02-17', false, '春节'],
  ['2021-02-20', true, null],
  ['2021-04-05', false, '清明节'],
  ['2021-04-25', true, null],
  ['2021-05-08', true, null],
  ['2021-06-14', false, '端午节'],
  ['2021-09-18', true, null],
  ['2021-09-21', false, '中秋节'],
  ['2021-09-26', true, null],
  ['2021-10-07', false, '国庆节'],
  ['2021-10-09', true, null],
  // 2022 (国办发明电〔2021〕11号)
  ['2022-01-03', false, '元旦'],
  ['2022-01-29', true, null],
  ['2022-01-30', true, null],
  ['2022-01-31', false, '春节'],
  ['2022-02-04', false, '春节'],
  ['2022-04-02', true, null],
  ['2022-04-04', false, '清明节'],
  ['2022-05-04', false, '劳动节'],
  ['2022-05-07', true, null],
  ['2022-06-03', false, '端午节'],
  ['2022-09-12', false, '中秋节'],
  ['2022-10-07', false, '国庆节'],
  ['2022-10-08', true, null],
  ['2022-10-09', true, null],
  ['2022-12-31', false, '元旦'], // first day of the 2023 New Year period (国办发明电〔2022〕16号)
  // 2023 (国办发明电〔2022〕16号)
  ['2023-01-02', false, '元旦'],
  ['2023-01-27', false, '春节'],
  ['2023-01-28', true, null],
  ['2023-01-29', true, null],
  ['2023-04-05', false, '清明节'],
  ['2023-04-23', true, null],
  ['2023-05-03', false, '劳动节'],
  ['2023-05-06', true, null],
  ['2023-06-23', false, '端午节'],
  ['2023-06-25', true, null],
  ['2023-09-29', false, '中秋节'],
  ['2023-10-06', false, '国庆节'],
  ['2023-10-07', true, null],
  ['2023-10-08', true, null],
  // 2024 (国办发明电〔2023〕7号)
  ['2024-01-01', false, '元旦'],
  ['2024-02-04', true, null],
  ['2024-02-09', true, null], // 除夕: the notice only encourages giving it off, it is not a statutory day off
  ['2024-02-18', true, null],
  ['2024-04-04', false, '清明节'],
  ['2024-04-07', true, null],
  ['2024-04-28', true, null],
  ['2024-05-03', false, '劳动节'],
  ['2024-05-11', true, null],
  ['2024-06-10', false, '端午节'],
  ['2024-09-14', true, null],
  ['2024-09-16', false, '中秋节'],
  ['2024-09-29', true, null],
  ['2024-10-07', false, '国庆节'],
  ['2024-10-12', true, null],
  // 2025 (国办发明电〔2024〕12号)
  ['2025-01-01', false, '元旦'],
  ['2025-01-26', true, null],
  ['2025-01-28', false, '春节'],
  ['2025-02-04', false, '春节'],
  ['2025-02-08', true, null],
  ['2025-04-04', false, '清明节'],
  ['2025-04-27', true, null],
  ['2025-05-05', false, '劳动节'],
  ['2025-06-02', false, '端午节'],
  ['2025-09-28', true, null],
  ['2025-10-01', false, '国庆节'],
  ['2025-10-06', false, '中秋节'],
  ['2025-10-11', true, null],
  // 2026 (国办发明电〔2025〕7号)
  ['2026-01-01', false, '元旦'],
  ['2026-01-03', false, '元旦'],
  ['2026-01-04', true, null],
  ['2026-02-14', true, null],
  ['2026-02-15', false, '春节'],
  ['2026-02-23', false, '春节'],
  ['2026-02-24', true, null],
  ['2026-02-28', true, null],
  ['2026-04-06', false, '清明节'],
  ['2026-05-05', false, '劳动节'],
  ['2026-05-09', true, null],
  ['2026-06-19', false, '端午节'],
  ['2026-09-20', true, null],
  ['2026-09-25', false, '中秋节'],
  ['2026-10-01', false, '国庆节'],
  ['2026-10-07', false, '国庆节'],
  ['2026-10-08', true, null],
  ['2026-10-10', true, null],
  // ordinary days
  ['2025-03-15', false, null], // ordinary Saturday
  ['2025-03-16', false, null], // ordinary Sunday
  ['2025-03-17', true, null], // ordinary Monday
];

describe('chinaWorkdayCalendar: built-in years', () => {
  it('knows 2020 through 2026', () => {
    expect(calendar.years()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(KNOWN)('%s: working day %s, holiday %s', (date, working, name) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.holidayName(date)).toBe(name);
  });

  it.each([
    ['2020 National Day and Mid-Autumn', '2020-10-01', '2020-10-08'],
    ['2024 Spring Festival', '2024-02-10', '2024-02-17'],
    ['2025 National Day and Mid-Autumn', '2025-10-01', '2025-10-08'],
    ['2026 New Year', '2026-01-01', '2026-01-03'],
    ['2026 Spring Festival', '2026-02-15', '2026-02-23'],
    ['2026 Labour Day', '2026-05-01', '2026-05-05'],
    ['2026 National Day', '2026-10-01', '2026-10-07'],
  ])('%s: every day from %s to %s is off', (_label, first, last) => {
    for (const date of datesBetween(first, last)) {
      expect([date, calendar.isWorkingDay(date)]).toEqual([date, false]);
      expect(calendar.holidayName(date)).not.toBeNull();
    }
  });

  it.each([
    [2020, 30, 6],
    [2021, 31, 7],
    [2022, 32, 7],
    [2023, 26, 7],
    [2024, 28, 8],
    [2025, 28, 5],
    [2026, 33, 6],
  ])('%i has %i days off and %i make-up working days, and passes its own validation', (year, off, makeUp) => {
    const data = builtInChinaCalendarYears().find((y) => y.year === year);
    expect(data).toBeDefined();
    expect(data?.daysOff).toHaveLength(off);
    expect(data?.makeUpWorkdays).toHaveLength(makeUp);
    expect(data?.source).toMatch(/国办发明电〔\d{4}〕\d+号/);
    expect(validateCalendarYear(data)).toEqual([]);
  });

  it('every make-up working day is a Saturday or Sunday and every listed day off is not a working day', () => {
    for (const year of builtInChinaCalendarYears()) {
      for (const date of year.makeUpWorkdays) {
        expect([date, new Date(`${date}T00:00:00Z`).getUTCDay() % 6]).toEqual([date, 0]);
        expect(calendar.isWorkingDay(date)).toBe(true);
      }
      for (const { date } of year.daysOff) expect([date, calendar.isWorkingDay(date)]).toEqual([date, false]);
    }
  });

  it('outside the known years only weekends are days off', () => {
    expect(calendar.isWorkingDay('2019-10-01')).toBe(true); // not in the calendar, so an ordinary Tuesday
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false); // Saturday
    expect(calendar.holidayName('2027-01-01')).toBeNull();
  });

  it('hands out copies of the built-in data', () => {
    builtInChinaCalendarYears()[0].daysOff.length = 0;
    expect(builtInChinaCalendarYears()[0].daysOff).toHaveLength(30);
  });
});

describe('nextWorkingDay', () => {
  it.each([
    ['2025-10-01', '2025-10-09'], // National Day week
    ['2025-10-08', '2025-10-09'],
    ['2025-09-28', '2025-09-28'], // make-up Sunday is itself
    ['2025-10-11', '2025-10-11'], // make-up Saturday is itself
    ['2025-10-09', '2025-10-09'], // ordinary working day is itself
    ['2024-02-10', '2024-02-18'], // Spring Festival ends on a make-up Sunday
    ['2020-01-24', '2020-02-03'], // extended 2020 Spring Festival
    ['2026-02-15', '2026-02-24'],
    ['2025-03-15', '2025-03-17'], // ordinary weekend
    ['2026-12-31', '2026-12-31'], // Thursday
    ['2026-01-02', '2026-01-04'], // New Year ends on a make-up Sunday
  ])('%s → %s', (date, expected) => {
    expect(calendar.nextWorkingDay(date)).toBe(expected);
  });

  it('walks across a year end', () => {
    expect(calendar.nextWorkingDay('2022-12-31')).toBe('2023-01-03');
  });
});

describe('administrator-supplied years', () => {
  const year2027: CalendarYear = {
    year: 2027,
    daysOff: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-02', name: '元旦' },
      { date: '2027-01-03', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-08', name: '春节' },
    ],
    makeUpWorkdays: ['2027-02-06'],
    source: '测试用：假设的2027年安排',
  };

  it('honours a supplied 2027', () => {
    const extended = chinaWorkdayCalendar([year2027]);
    expect(extended.years()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(extended.isWorkingDay('2027-01-01')).toBe(false);
    expect(extended.holidayName('2027-01-01')).toBe('元旦');
    expect(extended.isWorkingDay('2027-02-06')).toBe(true); // make-up Saturday
    expect(extended.nextWorkingDay('2027-02-05')).toBe('2027-02-06');
    expect(extended.nextWorkingDay('2027-02-07')).toBe('2027-02-09');
    expect(extended.isWorkingDay('2025-10-01')).toBe(false); // built-in years still there
    expect(calendar.years()).not.toContain(2027); // the default calendar is untouched
  });

  it('lets a supplied year replace a built-in one entirely', () => {
    const replaced = chinaWorkdayCalendar([
      { year: 2025, daysOff: [{ date: '2025-10-01', name: '国庆节' }], makeUpWorkdays: [], source: '测试' },
    ]);
    expect(replaced.isWorkingDay('2025-10-01')).toBe(false);
    expect(replaced.isWorkingDay('2025-10-02')).toBe(true);
    expect(replaced.isWorkingDay('2025-09-28')).toBe(false); // no longer a make-up Sunday
    expect(replaced.holidayName('2025-10-06')).toBeNull();
  });

  it('rejects an invalid or duplicated supplied year', () => {
    const bad = { ...year2027, makeUpWorkdays: ['2027-13-01'] };
    expect(() => chinaWorkdayCalendar([bad])).toThrow(/makeUpWorkdays\[0\]/);
    expect(() => chinaWorkdayCalendar([year2027, year2027])).toThrow(/重复/);
  });
});

describe('validateCalendarYear', () => {
  const valid = {
    year: 2027,
    daysOff: [{ date: '2027-10-01', name: '国庆节' }],
    makeUpWorkdays: ['2027-09-26'],
    source: '国办发明电〔2026〕X号',
  };
  const fields = (input: unknown) => validateCalendarYear(input).map((p) => p.field);

  it('accepts a well-formed year', () => {
    expect(validateCalendarYear(valid)).toEqual([]);
  });

  it.each([
    ['a malformed date', { ...valid, daysOff: [{ date: '2027/10/01', name: '国庆节' }] }, 'daysOff[0].date'],
    ['a date that does not exist', { ...valid, daysOff: [{ date: '2027-02-29', name: '春节' }] }, 'daysOff[0].date'],
    ['a day off outside its year', { ...valid, daysOff: [{ date: '2026-12-31', name: '元旦' }] }, 'daysOff[0].date'],
    ['a make-up day outside its year', { ...valid, makeUpWorkdays: ['2028-01-02'] }, 'makeUpWorkdays[0]'],
    [
      'a day both off and make-up',
      { ...valid, daysOff: [{ date: '2027-09-26', name: '国庆节' }], makeUpWorkdays: ['2027-09-26'] },
      'makeUpWorkdays[0]',
    ],
    ['a make-up day on a weekday', { ...valid, makeUpWorkdays: ['2027-09-27'] }, 'makeUpWorkdays[0]'],
    ['a duplicated day off', { ...valid, daysOff: [valid.daysOff[0], valid.daysOff[0]] }, 'daysOff[1].date'],
    ['an empty holiday name', { ...valid, daysOff: [{ date: '2027-10-01', name: ' ' }] }, 'daysOff[0].name'],
    ['a fractional year', { ...valid, year: 2027.5 }, 'year'],
    ['a missing source', { ...valid, source: '' }, 'source'],
    ['daysOff that is not a list', { ...valid, daysOff: 'none' }, 'daysOff'],
  ])('rejects %s', (_label, input, field) => {
    expect(fields(input)).toContain(field);
  });

  it('explains itself in Chinese', () => {
    const problems = validateCalendarYear({
      ...valid,
      daysOff: [{ date: '2027-09-26', name: '国庆节' }],
      makeUpWorkdays: ['2027-09-26'],
    });
    expect(problems).toEqual([{ field: 'makeUpWorkdays[0]', reason: '2027-09-26 不能既是放假日又是调休上班日' }]);
    expect(validateCalendarYear({ ...valid, daysOff: [{ date: '2027-1-1', name: '元旦' }] })[0].reason).toMatch(
      /日期格式不正确/,
    );
  });

  it('rejects something that is not an object', () => {
    expect(validateCalendarYear(null)).toHaveLength(1);
    expect(validateCalendarYear([valid])).toHaveLength(1);
  });
});

describe('input dates', () => {
  it.each(['2025-1-1', '2025-02-30', '', 'tomorrow'])('rejects %j', (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(RangeError);
    expect(() => calendar.nextWorkingDay(date)).toThrow(RangeError);
    expect(() => calendar.holidayName(date)).toThrow(RangeError);
  });
});
