import { daysBetween, holidayBody, holidayFormField, holidayProblems, holidayRanges, holidayValues } from './holiday-form';

describe('holiday form', () => {
  const detail = {
    year: 2027,
    origin: 'supplied' as const,
    originLabel: '管理员提供',
    source: '国办发明电〔2026〕1号',
    daysOff: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-01-02', name: '元旦' },
      { date: '2027-10-01', name: '国庆节' },
    ],
    makeUpWorkdays: ['2027-02-20'],
    updatedAt: null,
  };

  it('shows consecutive days of a holiday as one range', () => {
    expect(holidayRanges(detail.daysOff)).toEqual([
      { name: '元旦', range: ['2027-01-01', '2027-01-02'] },
      { name: '春节', range: ['2027-02-06', '2027-02-08'] },
      { name: '国庆节', range: ['2027-10-01', '2027-10-01'] },
    ]);
  });

  it('sends each day off with its name, sorted', () => {
    const body = holidayBody(holidayValues(detail));
    expect(body.daysOff).toEqual([...detail.daysOff].sort((a, b) => a.date.localeCompare(b.date)));
    expect(body).toMatchObject({ year: 2027, makeUpWorkdays: ['2027-02-20'], source: '国办发明电〔2026〕1号' });
    expect(daysBetween('2027-02-27', '2027-03-02')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
  });

  it('checks names, years, overlaps and make-up days', () => {
    expect(
      holidayProblems({
        year: 2027,
        source: ' ',
        holidays: [{ name: '春节', range: ['2027-02-06', '2027-02-08'] }, { name: '', range: ['2027-02-08', '2027-02-09'] }, { name: '元旦', range: ['2026-12-31', '2027-01-01'] }, { name: '清明' }],
        makeUpWorkdays: ['2027-02-22', '2027-02-07', undefined, '2027-02-20'],
      }),
    ).toEqual({
      source: '请填写依据（通知名称或文号）',
      'holidays.1.name': '请填写节日名称',
      'holidays.1.range': '2027-02-08 与第 1 个假期重复',
      'holidays.2.range': '日期须在 2027 年内',
      'holidays.3.range': '请选择放假日期',
      'makeUpWorkdays.0': '调休上班日应为周六或周日',
      'makeUpWorkdays.1': '该日已是放假日',
      'makeUpWorkdays.2': '请选择调休上班日',
    });
    expect(holidayProblems(holidayValues(detail))).toEqual({});
  });

  it('finds the holiday of a day the API names by its place', () => {
    const values = holidayValues(detail);
    expect(holidayFormField('daysOff.0.date', values)).toBe('holidays.0.range');
    expect(holidayFormField('daysOff.3.name', values)).toBe('holidays.1.name');
    expect(holidayFormField('daysOff.5', values)).toBe('holidays.2.range');
    expect(holidayFormField('daysOff.9', values)).toBe('holidays');
    expect(holidayFormField('source', values)).toBe('source');
  });
});
