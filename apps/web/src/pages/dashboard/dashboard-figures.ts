import type { Dashboard, DutyQuery, FigureKey, Figures } from './dashboard-view';

/**
 * The dashboard's figures as the page shows them: rows, chart series and the drill-down behind every number. Nothing
 * here counts: each number is one the API gave, and each drill-down is the API's own query for it (the figure's
 * scope plus its filter), so that the duties listed add up to the number clicked.
 */

/** What a click on a figure opens: a title and the `GET /duties` query (without the page). */
export interface Drill {
  title: string;
  query: DutyQuery;
}

export const FIGURE_LABELS: Record<FigureKey, string> = {
  due: '应完成',
  completed: '已完成',
  completedOnTime: '按时完成',
  completedLate: '逾期完成',
  open: '未完成',
  overdue: '当前逾期',
  'colours.blue': '蓝（正常）',
  'colours.yellow': '黄（临近截止）',
  'colours.red': '红（逾期）',
  'escalations.proposed': '有升级建议',
  'escalations.pending': '待审批',
  'escalations.approved': '已报告上级',
  'escalations.rejected': '被驳回',
};

export const FIGURE_COLOURS: Partial<Record<FigureKey, string>> = {
  completedOnTime: '#52c41a',
  completedLate: '#fa8c16',
  open: '#1677ff',
  overdue: '#ff4d4f',
  'colours.blue': '#1677ff',
  'colours.yellow': '#faad14',
  'colours.red': '#ff4d4f',
};

/** A rate of the API (0.8333) as the page prints it: 83.3%; — when nothing was due. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** The query behind one figure of one scope: the scope's query with the figure's filter over it. */
export function drillQuery(dashboard: Pick<Dashboard, 'figureFilters'>, scope: DutyQuery, figure: FigureKey): DutyQuery {
  return { ...scope, ...dashboard.figureFilters[figure] };
}

export function drill(dashboard: Pick<Dashboard, 'figureFilters'>, where: string, scope: DutyQuery, figure: FigureKey): Drill {
  return { title: `${where} · ${FIGURE_LABELS[figure]}`, query: drillQuery(dashboard, scope, figure) };
}

/** The duty list's request for one page of a drill-down (the API caps the page size at 200). */
export function drillPage(query: DutyQuery, page: { current?: number; pageSize?: number }): Record<string, string | boolean | number> {
  return { ...query, page: page.current ?? 1, pageSize: Math.min(page.pageSize ?? 20, 200) };
}

/** One line of the per-organization table: the organization alone (本级) and each direct child with its subtree. */
export interface OrganizationRow extends Figures {
  key: string;
  name: string;
  query: DutyQuery;
  dissolved: boolean;
}

export function organizationRows(dashboard: Dashboard): OrganizationRow[] {
  const own: OrganizationRow = { ...dashboard.own, key: 'own', name: `${dashboard.organization.name}（本级）`, dissolved: false };
  const children = dashboard.children.map((child): OrganizationRow => ({ ...child, key: child.organization.id, name: child.organization.name, dissolved: child.organization.dissolved }));
  return [own, ...children];
}

/** What a chart draws: categories, and series whose every point knows its drill-down. */
export interface ChartSeries {
  name: string;
  kind: 'bar' | 'line';
  stack?: string;
  color?: string;
  data: number[];
  /** Printed beside a point instead of its value (a rate as 83.3%, — for none). */
  labels?: string[];
  drills: Drill[];
}

export interface ChartModel {
  categories: string[];
  series: ChartSeries[];
}

const series = (dashboard: Dashboard, figure: FigureKey, scopes: { where: string; query: DutyQuery; value: number }[], extra: Partial<ChartSeries> = {}): ChartSeries => ({
  name: FIGURE_LABELS[figure],
  kind: 'bar',
  color: FIGURE_COLOURS[figure],
  data: scopes.map((s) => s.value),
  drills: scopes.map((s) => drill(dashboard, s.where, s.query, figure)),
  ...extra,
});

/** 蓝/黄/红 of the open duties, stacked per organization. */
export function colourChart(dashboard: Dashboard): ChartModel {
  const rows = organizationRows(dashboard);
  const colours = ['blue', 'yellow', 'red'] as const;
  return {
    categories: rows.map((row) => row.name),
    series: colours.map((colour) =>
      series(
        dashboard,
        `colours.${colour}`,
        rows.map((row) => ({ where: row.name, query: row.query, value: row.colours[colour] })),
        { stack: 'colour' },
      ),
    ),
  };
}

/** Month by month (of the due date): completed on time, late, still open, stacked; the overdue among them as a line. */
export function monthChart(dashboard: Dashboard): ChartModel {
  const months = [...dashboard.months].sort((a, b) => a.month - b.month);
  const scopes = (value: (m: (typeof months)[number]) => number) => months.map((m) => ({ where: `${dashboard.year}年${m.month}月`, query: m.query, value: value(m) }));
  return {
    categories: months.map((m) => `${m.month}月`),
    series: [
      series(dashboard, 'completedOnTime', scopes((m) => m.completedOnTime), { stack: 'month' }),
      series(dashboard, 'completedLate', scopes((m) => m.completedLate), { stack: 'month' }),
      series(dashboard, 'open', scopes((m) => m.open), { stack: 'month' }),
      series(dashboard, 'overdue', scopes((m) => m.overdue), { kind: 'line' }),
    ],
  };
}

/** The direct children by on-time completion, in the API's order (first is best); a click lists their on-time duties. */
export function rankingChart(dashboard: Dashboard): ChartModel {
  const queries = new Map(dashboard.children.map((child) => [child.organization.id, child.query]));
  const ranked = dashboard.ranking.filter((entry) => queries.has(entry.organization.id));
  return {
    categories: ranked.map((entry) => `${entry.rank}. ${entry.organization.name}`),
    series: [
      {
        name: '按时完成率',
        kind: 'bar',
        color: FIGURE_COLOURS.completedOnTime,
        data: ranked.map((entry) => (entry.onTimeRate === null ? 0 : Math.round(entry.onTimeRate * 1000) / 10)),
        labels: ranked.map((entry) => percent(entry.onTimeRate)),
        drills: ranked.map((entry) => drill(dashboard, entry.organization.name, queries.get(entry.organization.id)!, 'completedOnTime')),
      },
    ],
  };
}

const ESCALATION_FIGURES = ['escalations.proposed', 'escalations.pending', 'escalations.approved', 'escalations.rejected'] as const;

/** The escalations of the year over the whole subtree: proposed, waiting, reported upward, rejected. */
export function escalationChart(dashboard: Dashboard): ChartModel {
  const { query, ...counts } = dashboard.escalations;
  const where = `${dashboard.organization.name}及下级`;
  return {
    categories: ESCALATION_FIGURES.map((figure) => FIGURE_LABELS[figure]),
    series: [
      {
        name: '事项数',
        kind: 'bar',
        color: '#722ed1',
        data: ESCALATION_FIGURES.map((figure) => counts[figure.slice('escalations.'.length) as keyof typeof counts]),
        drills: ESCALATION_FIGURES.map((figure) => drill(dashboard, where, query, figure)),
      },
    ],
  };
}

/** The figures on the cards above the charts, for the whole subtree, each with its drill-down. */
export function summaryCards(dashboard: Dashboard): { key: string; title: string; value: string; drill: Drill; tone?: string }[] {
  const { total } = dashboard;
  const where = `${dashboard.organization.name}及下级`;
  return [
    { key: 'due', title: '应完成', value: String(total.due), drill: drill(dashboard, where, total.query, 'due') },
    { key: 'completionRate', title: '完成率', value: percent(total.completionRate), drill: drill(dashboard, where, total.query, 'completed') },
    { key: 'onTimeRate', title: '按时完成率', value: percent(total.onTimeRate), drill: drill(dashboard, where, total.query, 'completedOnTime') },
    { key: 'overdue', title: '当前逾期', value: String(total.overdue), drill: drill(dashboard, where, total.query, 'overdue'), tone: FIGURE_COLOURS.overdue },
    { key: 'blue', title: '蓝', value: String(total.colours.blue), drill: drill(dashboard, where, total.query, 'colours.blue'), tone: FIGURE_COLOURS['colours.blue'] },
    { key: 'yellow', title: '黄', value: String(total.colours.yellow), drill: drill(dashboard, where, total.query, 'colours.yellow'), tone: FIGURE_COLOURS['colours.yellow'] },
    { key: 'red', title: '红', value: String(total.colours.red), drill: drill(dashboard, where, total.query, 'colours.red'), tone: FIGURE_COLOURS['colours.red'] },
  ];
}
