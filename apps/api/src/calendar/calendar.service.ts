import { builtInChinaCalendarYears, CalendarYear, validateCalendarYear } from '@duban/domain';
import { CalendarYearEntity, loadWorkdayCalendar } from '@duban/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badRequest, DubanException, notFound } from '../common/errors/duban.exception';
import { CalendarYearDto } from './dto/calendar.dto';

export type CalendarOrigin = 'built_in' | 'supplied';
const ORIGIN_LABELS: Record<CalendarOrigin, string> = { built_in: '内置（国务院办公厅通知）', supplied: '管理员提供' };
const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/** The holiday calendar due dates are moved on: the built-in years and those administrators supply for later years. */
@Injectable()
export class CalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every year the calendar knows, with where it comes from; a supplied year replaces a built-in one. */
  async years() {
    const supplied = await this.dataSource.getRepository(CalendarYearEntity).find({ order: { year: 'ASC' } });
    const builtIn = builtInChinaCalendarYears();
    const years = new Map<number, ReturnType<typeof summary>>();
    for (const y of builtIn) years.set(y.year, summary(y, 'built_in', null, false));
    for (const y of supplied) years.set(y.year, summary(y.data, 'supplied', y.updatedAt, builtIn.some((b) => b.year === y.year)));
    return [...years.values()].sort((a, b) => a.year - b.year);
  }

  /** One year in full: each day off with its holiday, each make-up working day. */
  async year(year: number) {
    const supplied = await this.dataSource.getRepository(CalendarYearEntity).findOneBy({ year });
    if (supplied) return detail(supplied.data, 'supplied', supplied.updatedAt);
    const builtIn = builtInChinaCalendarYears().find((y) => y.year === year);
    if (!builtIn) throw notFound('节假日日历年份', `${year}（可通过 PUT /calendar/years/${year} 提供）`);
    return detail(builtIn, 'built_in', null);
  }

  /** Supplies (or replaces) one year; it takes effect for due dates computed from now on. */
  async supply(year: number, dto: CalendarYearDto) {
    if (dto.year !== undefined && dto.year !== year) throw badRequest('year', `与路径中的年份 ${year} 不一致`);
    const data: CalendarYear = { year, daysOff: dto.daysOff, makeUpWorkdays: dto.makeUpWorkdays, source: dto.source };
    const problems = validateCalendarYear(data);
    if (problems.length > 0) {
      const summaryText = problems.map((p) => `${p.field || '（整体）'} ${p.reason}`).join('；');
      throw new DubanException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求参数有误：${summaryText}`, problems);
    }
    const clean: CalendarYear = {
      year,
      daysOff: [...dto.daysOff].map((d) => ({ date: d.date, name: d.name.trim() })).sort((a, b) => a.date.localeCompare(b.date)),
      makeUpWorkdays: [...dto.makeUpWorkdays].sort(),
      source: dto.source.trim(),
    };
    await this.dataSource.getRepository(CalendarYearEntity).upsert({ year, data: clean }, ['year']);
    return this.year(year);
  }

  /** Whether a date is a working day, the next working day from it, and its holiday. */
  async workingDay(date: string) {
    const calendar = await loadWorkdayCalendar(this.dataSource.manager);
    let working: boolean;
    try {
      working = calendar.isWorkingDay(date);
    } catch {
      throw badRequest('date', '不是真实存在的日期（格式 YYYY-MM-DD）');
    }
    const year = Number(date.slice(0, 4));
    const known = calendar.years().includes(year);
    const next = calendar.nextWorkingDay(date);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    return {
      date,
      weekday: WEEKDAYS[(weekday + 6) % 7],
      workingDay: working,
      holidayName: calendar.holidayName(date),
      makeUpWorkday: working && weekend,
      nextWorkingDay: next,
      yearInCalendar: known,
      note: known ? null : `${year} 年不在节假日日历中，只按周六、周日判断；管理员可通过 PUT /calendar/years/${year} 提供该年安排`,
    };
  }
}

function summary(y: CalendarYear, origin: CalendarOrigin, updatedAt: Date | null, replacesBuiltIn: boolean) {
  return {
    year: y.year,
    origin,
    originLabel: ORIGIN_LABELS[origin],
    source: y.source,
    holidays: [...new Set(y.daysOff.map((d) => d.name))],
    daysOff: y.daysOff.length,
    makeUpWorkdays: y.makeUpWorkdays.length,
    replacesBuiltIn,
    updatedAt,
  };
}

function detail(y: CalendarYear, origin: CalendarOrigin, updatedAt: Date | null) {
  return { year: y.year, origin, originLabel: ORIGIN_LABELS[origin], source: y.source, daysOff: y.daysOff, makeUpWorkdays: y.makeUpWorkdays, updatedAt };
}
