import { DubanConfig } from '@duban/config';
import { calendarDate } from '@duban/domain';
import { DutyFigures, OrganizationEntity, subtreeFigures } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';

/** A `GET /duties` query, as the parameters the console adds to the list's URL. */
type DutyQuery = Record<string, string | boolean>;

/**
 * Each figure's own filter, added to the query of its organization (`scope`) and period: the list answered has
 * the figure as its `total`. Every figure counts duties due in the period that are not cancelled.
 */
export const FIGURE_FILTERS = {
  due: {},
  completed: { status: 'completed' },
  completedOnTime: { timeliness: 'on_time' },
  completedLate: { timeliness: 'late' },
  open: { state: 'open' },
  overdue: { colour: 'red' },
  'colours.blue': { colour: 'blue' },
  'colours.yellow': { colour: 'yellow' },
  'colours.red': { colour: 'red' },
  'escalations.proposed': { escalation: 'any' },
  'escalations.pending': { escalation: 'pending' },
  'escalations.approved': { escalation: 'approved' },
  'escalations.rejected': { escalation: 'rejected' },
} as const satisfies Record<string, DutyQuery>;

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function figuresView(f: DutyFigures) {
  return {
    due: f.due,
    completed: f.completed,
    completedOnTime: f.completedOnTime,
    completedLate: f.completedLate,
    /** completed / due; null when nothing is due. */
    completionRate: rate(f.completed, f.due),
    /** completed on time / due; null when nothing is due. */
    onTimeRate: rate(f.completedOnTime, f.due),
    /** Open and past due now (红). */
    overdue: f.red,
    open: f.open,
    colours: { blue: f.blue, yellow: f.yellow, red: f.red },
    escalations: f.escalations,
  };
}

type FiguresView = ReturnType<typeof figuresView>;

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The 督办看板 of an organization for a year: the organization's whole subtree, the organization alone, each
 * direct child with its own subtree (ranked by on-time completion), the months, the escalations. Counted in
 * SQL (libs/persistence dashboard.repository); each figure comes with the `GET /duties` query behind it.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  async dashboard(organizationId: string, year?: number) {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOne({ select: { id: true, name: true }, where: { id: organizationId } });
    if (!organization) throw notFound('组织', organizationId);
    const now = new Date();
    const y = year ?? Number(calendarDate(now, this.config.timeZone).slice(0, 4));
    const period = { dueFrom: `${y}-01-01`, dueTo: `${y}-12-31`, now };
    const figures = await subtreeFigures(this.dataSource.manager, organizationId, period);
    const base: DutyQuery = { dueFrom: period.dueFrom, dueTo: period.dueTo, state: 'active' };
    const children = figures.children.map((c) => ({
      organization: { id: c.id, name: c.name, dissolved: c.dissolvedAt !== null },
      query: { ...base, organizationId: c.id, subtree: true },
      ...figuresView(c.figures),
    }));
    return {
      organization: { id: organization.id, name: organization.name },
      year: y,
      /** Colours and "overdue" are judged at this moment. */
      asOf: now.toISOString(),
      /** How each figure is drilled into: its organization's (or month's) `query` plus the figure's filter. */
      figureFilters: FIGURE_FILTERS,
      total: { query: { ...base, organizationId, subtree: true }, ...figuresView(figures.whole) },
      own: { query: { ...base, organizationId }, ...figuresView(figures.own) },
      children,
      ranking: rank(children),
      months: figures.months.map(({ month, figures: f }) => ({
        month,
        query: { ...base, organizationId, subtree: true, dueFrom: `${y}-${pad(month)}-01`, dueTo: `${y}-${pad(month)}-${pad(lastDayOf(y, month))}` },
        due: f.due,
        completedOnTime: f.completedOnTime,
        completedLate: f.completedLate,
        open: f.open,
        overdue: f.red,
      })),
      escalations: { query: { ...base, organizationId, subtree: true }, ...figures.whole.escalations },
    };
  }
}

/** Children by on-time rate, then completion rate, then more duties due; nothing due ranks last. */
function rank(children: ChildRow[]) {
  return [...children]
    .sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || (b.completionRate ?? -1) - (a.completionRate ?? -1) || b.due - a.due || a.organization.name.localeCompare(b.organization.name, 'zh'))
    .map((c, i) => ({ rank: i + 1, organization: c.organization, due: c.due, completedOnTime: c.completedOnTime, onTimeRate: c.onTimeRate, completionRate: c.completionRate }));
}

type ChildRow = { organization: { id: string; name: string; dissolved: boolean } } & FiguresView;
