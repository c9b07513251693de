import { DateTime } from 'luxon';
import type { WorkdayCalendar } from '../calendar/china-workdays';
import type { DueRule } from '../packs/pack.types';
import { DEFAULT_TIME_ZONE } from '../time/zone';
import { isoDurationProblem, parseIsoDuration } from '../time/iso-duration';
import type { DueDate } from '../time/dates';
import { CADENCE_MONTHS, CyclePeriod, Period, PeriodicCadence } from './cadence-periods';

/** Per organization: due dates on calendar days, or moved to the next working day (调休 included). */
export type DueDateMode = 'calendar_day' | 'next_working_day';
export const DUE_DATE_MODES: readonly DueDateMode[] = ['calendar_day', 'next_working_day'];

/** One of the `count` duties of a period: its own slice of the period, spread evenly. */
export interface DutySlot extends Period {
  /** 1-based: the n-th duty of the period. */
  ordinal: number;
  count: number;
  period: CyclePeriod;
}

/**
 * `count` duties in a period, spread evenly: twice a year gives two slots, January–June and July–December.
 * Whole months when they divide the period, else days.
 */
export function slotsOf(period: CyclePeriod, count: number, zone: string = DEFAULT_TIME_ZONE): DutySlot[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`每周期次数必须是不小于 1 的整数：${count}`);
  const start = DateTime.fromISO(period.start, { zone });
  const end = DateTime.fromISO(period.end, { zone });
  const months = CADENCE_MONTHS[period.cadence];
  const days = Math.round(end.diff(start, 'days').days);
  const boundary = (i: number): DateTime =>
    i === count ? end : months % count === 0 ? start.plus({ months: (months / count) * i }) : start.plus({ days: Math.round((days * i) / count) });
  return Array.from({ length: count }, (_, i) => ({
    key: count === 1 ? period.key : `${period.key}#${i + 1}`,
    start: boundary(i).toISO()!,
    end: boundary(i + 1).toISO()!,
    ordinal: i + 1,
    count,
    period,
  }));
}

/** Why a due rule does not fit a cadence and count, in Chinese, or null. */
export function dueRuleProblem(rule: DueRule, cadence: PeriodicCadence | 'event', count = 1): { field: string; reason: string } | null {
  if (cadence === 'event') {
    if (rule.kind !== 'after_event') return { field: 'dueRule.kind', reason: '事件触发的义务只能用 after_event（事件发生后若干时间内）截止规则' };
    const problem = isoDurationProblem(rule.within);
    return problem ? { field: 'dueRule.within', reason: problem } : null;
  }
  const slotMonths = CADENCE_MONTHS[cadence] / count;
  switch (rule.kind) {
    case 'end_of_period':
      return null;
    case 'months_into_period':
      if (!Number.isInteger(rule.months) || rule.months < 1 || rule.months > Math.floor(slotMonths)) {
        return { field: 'dueRule.months', reason: `截止规则超出了周期：每${count > 1 ? '次' : '个周期'}只有 ${Math.floor(slotMonths)} 个月，months 必须是 1 至 ${Math.floor(slotMonths)} 之间的整数（收到 ${String(rule.months)}）` };
      }
      return null;
    case 'after_period_end': {
      const problem = isoDurationProblem(rule.within);
      if (problem) return { field: 'dueRule.within', reason: problem };
      const probe = DateTime.fromObject({ year: 2027, month: 1, day: 1 });
      const within = probe.plus(parseIsoDuration(rule.within));
      if (within.diff(probe, 'months').months > slotMonths) {
        return { field: 'dueRule.within', reason: `“周期结束后”的期限 ${rule.within} 超过一个周期（${Math.floor(slotMonths)} 个月），会与下一周期重叠` };
      }
      return null;
    }
    case 'after_event':
      return { field: 'dueRule.kind', reason: '按周期的义务不能用 after_event 截止规则' };
  }
}

export interface ComputedDueDate extends DueDate {
  /** The date the rule gives before moving to a working day, when it was moved. */
  movedFrom: string | null;
}

/**
 * The due date of one slot under a rule, moved to the next working day when the organization counts working
 * days. Due by the end of that day: `at` is the next midnight in the zone.
 */
export function dueDateOfSlot(
  slot: Period,
  rule: DueRule,
  options: { zone?: string; mode?: DueDateMode; calendar?: WorkdayCalendar } = {},
): ComputedDueDate {
  const zone = options.zone ?? DEFAULT_TIME_ZONE;
  const start = DateTime.fromISO(slot.start, { zone });
  const end = DateTime.fromISO(slot.end, { zone });
  let exclusiveEnd: DateTime;
  switch (rule.kind) {
    case 'end_of_period':
      exclusiveEnd = end;
      break;
    case 'months_into_period':
      exclusiveEnd = start.plus({ months: rule.months });
      break;
    case 'after_period_end':
      exclusiveEnd = end.plus(parseIsoDuration(rule.within));
      break;
    case 'after_event':
      exclusiveEnd = start.plus(parseIsoDuration(rule.within));
      break;
  }
  return onDay(exclusiveEnd.minus({ days: 1 }).toISODate()!, zone, options.mode, options.calendar);
}

/** Due by the end of `date`, moved to the next working day first when asked. */
export function onDay(date: string, zone: string, mode: DueDateMode = 'calendar_day', calendar?: WorkdayCalendar): ComputedDueDate {
  let due = date;
  if (mode === 'next_working_day') {
    if (!calendar) throw new RangeError('按工作日顺延需要节假日日历');
    due = calendar.nextWorkingDay(date);
  }
  const at = DateTime.fromISO(due, { zone }).plus({ days: 1 }).toISO()!;
  return { date: due, at, movedFrom: due === date ? null : date };
}

/** The due date of an event-driven duty: within the rule's time after the event's date. */
export function dueDateAfterEvent(eventDate: string, within: string, options: { zone?: string; mode?: DueDateMode; calendar?: WorkdayCalendar } = {}): ComputedDueDate {
  const zone = options.zone ?? DEFAULT_TIME_ZONE;
  const date = DateTime.fromISO(eventDate, { zone }).plus(parseIsoDuration(within)).toISODate()!;
  return onDay(date, zone, options.mode, options.calendar);
}
