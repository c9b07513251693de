import { isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it.each(['2027-02-28', '2028-02-29', '2000-02-29', '2026-12-31', '2027-01-01'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2027-02-29', '2027-02-30', '1900-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00', '2027-1-1', '2027-01-01T00:00', '20270101', '', null, 20270101])(
    'refuses %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});
