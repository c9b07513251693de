import { isZonedDateTime } from './zoned-date-time';

describe('zoned date-times', () => {
  it.each([
    '2026-12-31T23:59:59+08:00',
    '2026-12-31T23:59+08:00',
    '2028-02-29T00:00:00Z',
    '2027-06-30T12:00:00.123456789-05:30',
    '2027-01-01T00:00:00+14:00',
    '2027-01-01T00:00:00-12:00',
  ])('accepts %s', (value) => {
    expect(isZonedDateTime(value)).toBe(true);
  });

  it.each([
    ['a day that does not exist', '2027-02-30T00:00:00+08:00'],
    ['29 February of a common year', '2027-02-29T00:00:00+08:00'],
    ['hour 24', '2027-02-28T24:00+08:00'],
    ['hour 24 with seconds', '2027-02-28T24:00:00+08:00'],
    ['minute 60', '2027-02-28T10:60:00+08:00'],
    ['second 60', '2027-02-28T23:59:60+08:00'],
    ['month 13', '2027-13-01T00:00:00+08:00'],
    ['an offset beyond ±14:00', '2027-02-28T10:00+99:00'],
    ['offset minutes 60', '2027-02-28T10:00+08:60'],
    ['no offset', '2027-02-28T10:00:00'],
    ['a date only', '2027-02-28'],
    ['a comma decimal', '2027-02-28T10:00:00,5+08:00'],
    ['a number', 1_803_830_400_000],
    ['null', null],
  ])('refuses %s', (_, value) => {
    expect(isZonedDateTime(value)).toBe(false);
  });
});
