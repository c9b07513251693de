import { chinaWorkdayCalendar } from '../calendar/china-workdays';
import { periodContaining, periodsOpeningIn } from './cadence-periods';
import { dueDateAfterEvent, dueDateOfSlot, dueRuleProblem, onDay, slotsOf } from './due-rules';

const ZONE = 'Asia/Shanghai';
const year2027 = periodsOpeningIn('yearly', 2027)[0];
const calendar = chinaWorkdayCalendar();
const END = { kind: 'end_of_period' } as const;

describe('slotsOf', () => {
  it('one duty a period is the period itself', () => {
    expect(slotsOf(year2027, 1)).toEqual([{ key: '2027', start: year2027.start, end: year2027.end, ordinal: 1, count: 1, period: year2027 }]);
  });

  it('twice a year: January–June and July–December, due 06-30 and 12-31', () => {
    const slots = slotsOf(year2027, 2);
    expect(slots.map((s) => [s.key, s.ordinal, s.count, s.start.slice(0, 10), s.end.slice(0, 10)])).toEqual([
      ['2027#1', 1, 2, '2027-01-01', '2027-07-01'],
      ['2027#2', 2, 2, '2027-07-01', '2028-01-01'],
    ]);
    expect(slots.map((s) => dueDateOfSlot(s, END).date)).toEqual(['2027-06-30', '2027-12-31']);
  });

  it('whole months when they divide the period: four a year are the quarters, three a quarter the months', () => {
    expect(slotsOf(year2027, 4).map((s) => dueDateOfSlot(s, END).date)).toEqual(['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']);
    const q1 = periodContaining('quarterly', '2027-02-01T00:00:00+08:00');
    expect(slotsOf(q1, 3).map((s) => dueDateOfSlot(s, END).date)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    expect(slotsOf(year2027, 12)).toHaveLength(12);
  });

  it('days when months do not divide: five a year split 365 days evenly, contiguous, the last ends with the year', () => {
    const slots = slotsOf(year2027, 5);
    expect(slots.map((s) => s.start.slice(0, 10))).toEqual(['2027-01-01', '2027-03-15', '2027-05-27', '2027-08-08', '2027-10-20']);
    for (let i = 1; i < slots.length; i++) expect(slots[i].start).toBe(slots[i - 1].end);
    expect(slots[4].end).toBe(year2027.end);
    expect(slots.map((s) => s.key)).toEqual(['2027#1', '2027#2', '2027#3', '2027#4', '2027#5']);
  });

  it('refuses a count that is not a whole number of at least 1', () => {
    expect(() => slotsOf(year2027, 0)).toThrow(RangeError);
    expect(() => slotsOf(year2027, 1.5)).toThrow('每周期次数必须是不小于 1 的整数');
  });
});

describe('dueDateOfSlot', () => {
  it('end_of_period: by the end of the last day, i.e. the next midnight in Asia/Shanghai', () => {
    expect(dueDateOfSlot(year2027, END)).toEqual({ date: '2027-12-31', at: '2028-01-01T00:00:00.000+08:00', movedFrom: null });
  });

  it('months_into_period: the annual plan in the first quarter falls due on 03-31; in the first month on 01-31', () => {
    expect(dueDateOfSlot(year2027, { kind: 'months_into_period', months: 3 }).date).toBe('2027-03-31');
    expect(dueDateOfSlot(year2027, { kind: 'months_into_period', months: 1 }).date).toBe('2027-01-31');
    expect(dueDateOfSlot(year2027, { kind: 'months_into_period', months: 2 }).date).toBe('2027-02-28');
    // counted from the start of the slot, not of the period
    const [, second] = slotsOf(year2027, 2);
    expect(dueDateOfSlot(second, { kind: 'months_into_period', months: 1 }).date).toBe('2027-07-31');
  });

  it('after_period_end: year end or early next year (P1M) falls due on 01-31 of the next year', () => {
    expect(dueDateOfSlot(year2027, { kind: 'after_period_end', within: 'P1M' })).toMatchObject({ date: '2028-01-31', at: '2028-02-01T00:00:00.000+08:00' });
    expect(dueDateOfSlot(year2027, { kind: 'after_period_end', within: 'P15D' }).date).toBe('2028-01-15');
  });

  it('next_working_day: a due date in the National Day holiday moves to 2025-10-09 and says where from', () => {
    const slot = { key: 'x', start: '2025-09-01T00:00:00+08:00', end: '2025-10-02T00:00:00+08:00' };
    expect(dueDateOfSlot(slot, END, { mode: 'next_working_day', calendar })).toEqual({ date: '2025-10-09', at: '2025-10-10T00:00:00.000+08:00', movedFrom: '2025-10-01' });
    expect(dueDateOfSlot(slot, END, { mode: 'calendar_day', calendar })).toEqual({ date: '2025-10-01', at: '2025-10-02T00:00:00.000+08:00', movedFrom: null });
    expect(dueDateOfSlot(slot, END).movedFrom).toBeNull();
  });

  it('next_working_day: a make-up working day (调休, Sunday 2025-09-28) counts as a working day; a plain weekend moves to Monday', () => {
    expect(onDay('2025-09-28', ZONE, 'next_working_day', calendar)).toMatchObject({ date: '2025-09-28', movedFrom: null });
    expect(onDay('2025-10-11', ZONE, 'next_working_day', calendar)).toMatchObject({ date: '2025-10-11', movedFrom: null });
    expect(onDay('2026-01-31', ZONE, 'next_working_day', calendar)).toMatchObject({ date: '2026-02-02', movedFrom: '2026-01-31' });
    expect(onDay('2026-02-14', ZONE, 'next_working_day', calendar)).toMatchObject({ date: '2026-02-14', movedFrom: null });
    // a year the calendar does not know: only weekends move (2027-01-31 is a Sunday; 2027-10-01 a Friday)
    expect(onDay('2027-01-31', ZONE, 'next_working_day', calendar).date).toBe('2027-02-01');
    expect(onDay('2027-10-01', ZONE, 'next_working_day', calendar).date).toBe('2027-10-01');
  });

  it('next_working_day without a calendar is refused', () => {
    expect(() => dueDateOfSlot(year2027, END, { mode: 'next_working_day' })).toThrow('按工作日顺延需要节假日日历');
  });

  it('computes days in the zone asked for', () => {
    const utcYear = periodsOpeningIn('yearly', 2027, 'UTC')[0];
    expect(dueDateOfSlot(utcYear, END, { zone: 'UTC' })).toEqual({ date: '2027-12-31', at: '2028-01-01T00:00:00.000Z', movedFrom: null });
  });
});

describe('dueDateAfterEvent', () => {
  it('is the event date plus the time allowed, moved to a working day when asked', () => {
    expect(dueDateAfterEvent('2027-01-15', 'P1M')).toMatchObject({ date: '2027-02-15', movedFrom: null });
    expect(dueDateAfterEvent('2025-09-16', 'P15D', { mode: 'next_working_day', calendar })).toMatchObject({ date: '2025-10-09', movedFrom: '2025-10-01' });
  });
});

describe('dueRuleProblem', () => {
  it('accepts a rule inside its period', () => {
    expect(dueRuleProblem(END, 'monthly')).toBeNull();
    expect(dueRuleProblem({ kind: 'months_into_period', months: 3 }, 'yearly')).toBeNull();
    expect(dueRuleProblem({ kind: 'months_into_period', months: 12 }, 'yearly')).toBeNull();
    expect(dueRuleProblem({ kind: 'months_into_period', months: 6 }, 'yearly', 2)).toBeNull();
    expect(dueRuleProblem({ kind: 'after_period_end', within: 'P1M' }, 'yearly')).toBeNull();
    expect(dueRuleProblem({ kind: 'after_event', within: 'P1M' }, 'event')).toBeNull();
  });

  it('rejects months outside the period or the slice of it one duty has', () => {
    expect(dueRuleProblem({ kind: 'months_into_period', months: 13 }, 'yearly')).toMatchObject({ field: 'dueRule.months' });
    expect(dueRuleProblem({ kind: 'months_into_period', months: 4 }, 'quarterly')?.reason).toContain('截止规则超出了周期');
    expect(dueRuleProblem({ kind: 'months_into_period', months: 7 }, 'yearly', 2)).toMatchObject({ field: 'dueRule.months' });
    expect(dueRuleProblem({ kind: 'months_into_period', months: 0 }, 'yearly')).toMatchObject({ field: 'dueRule.months' });
    expect(dueRuleProblem({ kind: 'months_into_period', months: 1.5 }, 'yearly')).toMatchObject({ field: 'dueRule.months' });
    expect(dueRuleProblem({ kind: 'months_into_period', months: 2 }, 'monthly')).toMatchObject({ field: 'dueRule.months' });
  });

  it('rejects a time after the period end that runs into the next period, or is not a duration', () => {
    expect(dueRuleProblem({ kind: 'after_period_end', within: 'P2M' }, 'monthly')).toMatchObject({ field: 'dueRule.within' });
    expect(dueRuleProblem({ kind: 'after_period_end', within: 'P13M' }, 'yearly')?.reason).toContain('会与下一周期重叠');
    expect(dueRuleProblem({ kind: 'after_period_end', within: 'P4M' }, 'quarterly')).toMatchObject({ field: 'dueRule.within' });
    expect(dueRuleProblem({ kind: 'after_period_end', within: 'soon' }, 'yearly')).toMatchObject({ field: 'dueRule.within', reason: expect.stringContaining('ISO-8601') });
  });

  it('keeps event rules for events and period rules for periods', () => {
    expect(dueRuleProblem({ kind: 'after_event', within: 'P1M' }, 'yearly')).toMatchObject({ field: 'dueRule.kind' });
    expect(dueRuleProblem(END, 'event')).toMatchObject({ field: 'dueRule.kind' });
    expect(dueRuleProblem({ kind: 'after_event', within: 'one month' }, 'event')).toMatchObject({ field: 'dueRule.within' });
  });
});
