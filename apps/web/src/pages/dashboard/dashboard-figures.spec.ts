import { colourChart, drillPage, drillQuery, escalationChart, monthChart, organizationRows, percent, rankingChart, summaryCards } from './dashboard-figures';
import type { Dashboard, Figures } from './dashboard-view';

const FILTERS: Dashboard['figureFilters'] = {
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
};

const base = { dueFrom: '2026-01-01', dueTo: '2026-12-31', state: 'active' };

function figures(over: Partial<Figures>): Figures {
  return {
    due: 0,
    completed: 0,
    completedOnTime: 0,
    completedLate: 0,
    completionRate: null,
    onTimeRate: null,
    overdue: 0,
    open: 0,
    colours: { blue: 0, yellow: 0, red: 0 },
    escalations: { proposed: 0, pending: 0, approved: 0, rejected: 0 },
    ...over,
  };
}

const dashboard: Dashboard = {
  organization: { id: 'mid', name: '市委' },
  year: 2026,
  asOf: '2026-12-01T00:00:00.000Z',
  figureFilters: FILTERS,
  total: { query: { ...base, organizationId: 'mid', subtree: true }, ...figures({ due: 7, completed: 2, completionRate: 0.2857, onTimeRate: 0.1429, overdue: 3, colours: { blue: 1, yellow: 1, red: 3 } }) },
  own: { query: { ...base, organizationId: 'mid' }, ...figures({ due: 1, overdue: 1, colours: { blue: 0, yellow: 0, red: 1 } }) },
  children: [
    { organization: { id: 'a', name: '甲区委', dissolved: false }, query: { ...base, organizationId: 'a', subtree: true }, ...figures({ due: 3, colours: { blue: 0, yellow: 1, red: 1 } }) },
    { organization: { id: 'b', name: '乙县委', dissolved: true }, query: { ...base, organizationId: 'b', subtree: true }, ...figures({ due: 3, colours: { blue: 1, yellow: 0, red: 1 } }) },
  ],
  ranking: [
    { rank: 1, organization: { id: 'b', name: '乙县委', dissolved: true }, due: 3, completedOnTime: 1, onTimeRate: 0.3333, completionRate: 0.3333 },
    { rank: 2, organization: { id: 'a', name: '甲区委', dissolved: false }, due: 3, completedOnTime: 0, onTimeRate: null, completionRate: 0.3333 },
  ],
  months: [12, 11].map((month) => ({
    month,
    query: { ...base, organizationId: 'mid', subtree: true, dueFrom: `2026-${month}-01`, dueTo: `2026-${month}-30` },
    due: month,
    completedOnTime: 1,
    completedLate: 2,
    open: month - 3,
    overdue: 1,
  })),
  escalations: { query: { ...base, organizationId: 'mid', subtree: true }, proposed: 3, pending: 1, approved: 1, rejected: 1 },
};

describe('the dashboard shows the API figures and drills into the duties behind them', () => {
  it('prints rates as the API rounded them, and nothing due as —', () => {
    expect(percent(0.2857)).toBe('28.6%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(null)).toBe('—');
  });

  it('a drill-down is the scope query with the figure filter over it (the filter wins), paged on the server', () => {
    expect(drillQuery(dashboard, dashboard.total.query, 'open')).toEqual({ ...base, organizationId: 'mid', subtree: true, state: 'open' });
    expect(drillQuery(dashboard, dashboard.own.query, 'colours.red')).toEqual({ ...base, organizationId: 'mid', colour: 'red' });
    expect(drillQuery(dashboard, dashboard.total.query, 'due')).toEqual(dashboard.total.query);
    expect(drillPage({ colour: 'red' }, {})).toEqual({ colour: 'red', page: 1, pageSize: 20 });
    expect(drillPage({ colour: 'red' }, { current: 2, pageSize: 500 })).toEqual({ colour: 'red', page: 2, pageSize: 200 });
  });

  it('the organization rows are the organization alone, then each child with its subtree', () => {
    const rows = organizationRows(dashboard);
    expect(rows.map((row) => [row.name, row.due, row.dissolved, row.query.organizationId, row.query.subtree])).toEqual([
      ['市委（本级）', 1, false, 'mid', undefined],
      ['甲区委', 3, false, 'a', true],
      ['乙县委', 3, true, 'b', true],
    ]);
  });

  it('蓝/黄/红 per organization: one stacked series per colour, every bar drilling into its row and colour', () => {
    const chart = colourChart(dashboard);
    expect(chart.categories).toEqual(['市委（本级）', '甲区委', '乙县委']);
    expect(chart.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['蓝（正常）', 'colour', [0, 0, 1]],
      ['黄（临近截止）', 'colour', [0, 1, 0]],
      ['红（逾期）', 'colour', [1, 1, 1]],
    ]);
    expect(chart.series[1].drills[1]).toEqual({ title: '甲区委 · 黄（临近截止）', query: { ...base, organizationId: 'a', subtree: true, colour: 'yellow' } });
  });

  it('months in calendar order, with the month query behind each point', () => {
    const chart = monthChart(dashboard);
    expect(chart.categories).toEqual(['11月', '12月']);
    expect(chart.series.map((s) => [s.name, s.kind, s.data])).toEqual([
      ['按时完成', 'bar', [1, 1]],
      ['逾期完成', 'bar', [2, 2]],
      ['未完成', 'bar', [8, 9]],
      ['当前逾期', 'line', [1, 1]],
    ]);
    expect(chart.series[3].drills[0]).toEqual({ title: '2026年11月 · 当前逾期', query: { ...dashboard.months[1].query, colour: 'red' } });
  });

  it('the ranking keeps the API order, shows rates as percentages and drills into on-time completions', () => {
    const chart = rankingChart(dashboard);
    expect(chart.categories).toEqual(['1. 乙县委', '2. 甲区委']);
    expect(chart.series[0].data).toEqual([33.3, 0]);
    expect(chart.series[0].labels).toEqual(['33.3%', '—']);
    expect(chart.series[0].drills[0].query).toEqual({ ...base, organizationId: 'b', subtree: true, timeliness: 'on_time' });
  });

  it('the escalations of the year, each count drilling into its duties', () => {
    const chart = escalationChart(dashboard);
    expect(chart.categories).toEqual(['有升级建议', '待审批', '已报告上级', '被驳回']);
    expect(chart.series[0].data).toEqual([3, 1, 1, 1]);
    expect(chart.series[0].drills.map((d) => d.query.escalation)).toEqual(['any', 'pending', 'approved', 'rejected']);
  });

  it('the summary cards are the whole subtree figures, unchanged', () => {
    expect(summaryCards(dashboard).map((card) => [card.title, card.value, card.drill.query.organizationId])).toEqual([
      ['应完成', '7', 'mid'],
      ['完成率', '28.6%', 'mid'],
      ['按时完成率', '14.3%', 'mid'],
      ['当前逾期', '3', 'mid'],
      ['蓝', '1', 'mid'],
      ['黄', '1', 'mid'],
      ['红', '3', 'mid'],
    ]);
  });
});
