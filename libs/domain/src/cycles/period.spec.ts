import { calendarDate, dueAtEndOfPeriod, dueDateOf, yearlyPeriod, yearOf } from './period';

describe('yearly periods in Asia/Shanghai', () => {
  it('spans the calendar year in China Standard Time', () => {
    expect(yearlyPeriod(2026)).toEqual({
      key: '2026',
      start: '2026-01-01T00:00:00.000+08:00',
      end: '2027-01-01T00:00:00.000+08:00',
    });
  });

  it('falls due at the end of 31 December, shown as that date', () => {
    expect(dueAtEndOfPeriod(yearlyPeriod(2026))).toEqual({ date: '2026-12-31', at: '2027-01-01T00:00:00.000+08:00' });
  });

  it('refuses years outside 2000–2100', () => {
    expect(() => yearlyPeriod(1999)).toThrow('年份超出范围');
    expect(() => yearlyPeriod(2026.5)).toThrow('年份超出范围');
  });

  it('shows a due moment as the last day inside it', () => {
    expect(dueDateOf('2027-01-01T00:00:00+08:00')).toBe('2026-12-31');
    expect(dueDateOf(new Date('2026-11-22T03:00:12Z'))).toBe('2026-11-22');
  });

  it('reads calendar dates and years in the zone, not in UTC', () => {
    expect(calendarDate('2026-12-31T17:00:00Z')).toBe('2027-01-01');
    expect(yearOf(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });
});
