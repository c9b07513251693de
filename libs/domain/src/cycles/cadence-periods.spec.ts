import { CADENCE_LABELS, CADENCE_MONTHS, DEFAULT_TERM_START_YEAR, nextPeriod, periodContaining, periodsOpeningIn } from './cadence-periods';

const ZONE = 'Asia/Shanghai';

describe('periodsOpeningIn', () => {
  it('gives twelve months, each with its key, label and [start, end) in Asia/Shanghai', () => {
    const months = periodsOpeningIn('monthly', 2027);
    expect(months).toHaveLength(12);
    expect(months.map((p) => p.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`));
    expect(months[0]).toEqual({ cadence: 'monthly', key: '2027-01', label: '2027年1月', start: '2027-01-01T00:00:00.000+08:00', end: '2027-02-01T00:00:00.000+08:00' });
    expect(months[1].end).toBe('2027-03-01T00:00:00.000+08:00'); // February of a common year
    expect(months[11]).toMatchObject({ key: '2027-12', label: '2027年12月', end: '2028-01-01T00:00:00.000+08:00' });
    // contiguous: each period ends where the next starts
    for (let i = 1; i < months.length; i++) expect(months[i].start).toBe(months[i - 1].end);
  });

  it('gives four quarters and two half years with Chinese labels', () => {
    expect(periodsOpeningIn('quarterly', 2027).map((p) => [p.key, p.label, p.start.slice(0, 10)])).toEqual([
      ['2027-Q1', '2027年第一季度', '2027-01-01'],
      ['2027-Q2', '2027年第二季度', '2027-04-01'],
      ['2027-Q3', '2027年第三季度', '2027-07-01'],
      ['2027-Q4', '2027年第四季度', '2027-10-01'],
    ]);
    expect(periodsOpeningIn('half_yearly', 2027).map((p) => [p.key, p.label, p.start.slice(0, 10), p.end.slice(0, 10)])).toEqual([
      ['2027-H1', '2027年上半年', '2027-01-01', '2027-07-01'],
      ['2027-H2', '2027年下半年', '2027-07-01', '2028-01-01'],
    ]);
  });

  it('gives one year', () => {
    expect(periodsOpeningIn('yearly', 2027)).toEqual([
      { cadence: 'yearly', key: '2027', label: '2027年度', start: '2027-01-01T00:00:00.000+08:00', end: '2028-01-01T00:00:00.000+08:00' },
    ]);
  });

  it('gives a five-year term (届) only in the year it opens, counted from the term start year', () => {
    expect(DEFAULT_TERM_START_YEAR).toBe(2021);
    expect(periodsOpeningIn('per_term', 2027)).toEqual([]); // 2026–2030 opened in 2026
    expect(periodsOpeningIn('per_term', 2026)).toEqual([
      { cadence: 'per_term', key: 'T2026-2030', label: '2026—2030年任期', start: '2026-01-01T00:00:00.000+08:00', end: '2031-01-01T00:00:00.000+08:00' },
    ]);
    expect(periodsOpeningIn('per_term', 2027, ZONE, 2027).map((p) => p.key)).toEqual(['T2027-2031']);
    expect(periodsOpeningIn('per_term', 2027, ZONE, 2022).map((p) => p.key)).toEqual(['T2027-2031']);
    expect(periodsOpeningIn('per_term', 2027, ZONE, 2023)).toEqual([]);
  });

  it('counts in the zone it is given', () => {
    expect(periodsOpeningIn('yearly', 2027, 'UTC')[0].start).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('periodContaining', () => {
  it('finds the period of an instant in the zone (a UTC evening is already the next day in Beijing)', () => {
    expect(periodContaining('quarterly', '2027-05-15T10:00:00+08:00').key).toBe('2027-Q2');
    expect(periodContaining('yearly', '2026-12-31T17:00:00Z').key).toBe('2027');
    expect(periodContaining('yearly', '2026-12-31T17:00:00Z', 'UTC').key).toBe('2026');
    expect(periodContaining('monthly', new Date('2027-02-28T16:00:00Z')).key).toBe('2027-03');
    expect(periodContaining('half_yearly', '2027-06-30T23:59:59+08:00').key).toBe('2027-H1');
    expect(periodContaining('half_yearly', '2027-07-01T00:00:00+08:00').key).toBe('2027-H2');
  });

  it('counts terms back before the term start year too', () => {
    expect(periodContaining('per_term', '2019-06-01T00:00:00+08:00').key).toBe('T2016-2020');
    expect(periodContaining('per_term', '2025-12-31T00:00:00+08:00').key).toBe('T2021-2025');
    expect(periodContaining('per_term', '2027-03-01T00:00:00+08:00', ZONE, 2027).key).toBe('T2027-2031');
  });
});

describe('nextPeriod', () => {
  it('crosses the year', () => {
    const december = periodContaining('monthly', '2027-12-10T00:00:00+08:00');
    expect(nextPeriod(december)).toMatchObject({ key: '2028-01', start: '2028-01-01T00:00:00.000+08:00' });
    expect(nextPeriod(periodContaining('quarterly', '2027-11-01T00:00:00+08:00')).key).toBe('2028-Q1');
    expect(nextPeriod(periodContaining('per_term', '2027-11-01T00:00:00+08:00')).key).toBe('T2031-2035');
  });
});

describe('cadence tables', () => {
  it('has months and a Chinese label for every cadence', () => {
    expect(CADENCE_MONTHS).toEqual({ monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12, per_term: 60 });
    expect(CADENCE_LABELS).toMatchObject({ monthly: '每月', quarterly: '每季度', half_yearly: '每半年', yearly: '每年', per_term: '每届', event: '事件触发' });
  });
});
