import { calendarDate, dueDateOf, yearOf } from './dates';

describe('dates in Asia/Shanghai', () => {
  it('shows a due moment as the last day inside it', () => {
    expect(dueDateOf('2027-01-01T00:00:00+08:00')).toBe('2026-12-31');
    expect(dueDateOf(new Date('2026-11-22T03:00:12Z'))).toBe('2026-11-22');
  });

  it('reads calendar dates and years in the zone, not in UTC', () => {
    expect(calendarDate('2026-12-31T17:00:00Z')).toBe('2027-01-01');
    expect(yearOf(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });
});
