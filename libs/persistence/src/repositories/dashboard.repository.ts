import { EntityManager } from 'typeorm';
import { dutyColourSql, dutyEscalationSql, dutyStateSql, dutyTimelinessSql } from './duty-filters';
import { subtreeBranchesSql, subtreeSql } from './organization-tree.repository';

/**
 * The figures of the 督办看板, counted by the database (aggregates, never rows loaded). The duties counted are
 * those due in the period (by due date) and not cancelled; each figure is a filter of `findDuties` (see
 * duty-filters.ts), so that the list behind a figure has the figure as its total.
 */
export interface DutyFigures {
  due: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  open: number;
  blue: number;
  yellow: number;
  red: number;
  escalations: { proposed: number; pending: number; approved: number; rejected: number };
}

export interface DashboardPeriod {
  /** First and last due dates counted (calendar dates, inclusive). */
  dueFrom: string;
  dueTo: string;
  /** The moment colours are judged at. */
  now: Date;
}

type FigureRow = Record<'due' | 'completed' | 'completed_on_time' | 'completed_late' | 'open' | 'blue' | 'yellow' | 'red' | 'esc_any' | 'esc_pending' | 'esc_approved' | 'esc_rejected', number>;

/** `$1` root, `$2`/`$3` due dates, `$4` now. */
const FIGURES = `
  count(*)::int AS due,
  count(*) FILTER (WHERE d.status = 'completed')::int AS completed,
  count(*) FILTER (WHERE ${dutyTimelinessSql('d', 'on_time')})::int AS completed_on_time,
  count(*) FILTER (WHERE ${dutyTimelinessSql('d', 'late')})::int AS completed_late,
  count(*) FILTER (WHERE ${dutyStateSql('d', 'open')})::int AS open,
  count(*) FILTER (WHERE ${dutyColourSql('d', '$4::timestamptz')} = 'blue')::int AS blue,
  count(*) FILTER (WHERE ${dutyColourSql('d', '$4::timestamptz')} = 'yellow')::int AS yellow,
  count(*) FILTER (WHERE ${dutyColourSql('d', '$4::timestamptz')} = 'red')::int AS red,
  count(*) FILTER (WHERE ${dutyEscalationSql('d', 'any')})::int AS esc_any,
  count(*) FILTER (WHERE ${dutyEscalationSql('d', 'pending')})::int AS esc_pending,
  count(*) FILTER (WHERE ${dutyEscalationSql('d', 'approved')})::int AS esc_approved,
  count(*) FILTER (WHERE ${dutyEscalationSql('d', 'rejected')})::int AS esc_rejected`;

const COUNTED = `d.due_date >= $2::date AND d.due_date <= $3::date AND ${dutyStateSql('d', 'active')}`;

const ZERO: FigureRow = {
  due: 0,
  completed: 0,
  completed_on_time: 0,
  completed_late: 0,
  open: 0,
  blue: 0,
  yellow: 0,
  red: 0,
  esc_any: 0,
  esc_pending: 0,
  esc_approved: 0,
  esc_rejected: 0,
};

function toFigures(row: FigureRow | undefined): DutyFigures {
  const r = row ?? ZERO;
  return {
    due: r.due,
    completed: r.completed,
    completedOnTime: r.completed_on_time,
    completedLate: r.completed_late,
    open: r.open,
    blue: r.blue,
    yellow: r.yellow,
    red: r.red,
    escalations: { proposed: r.esc_any, pending: r.esc_pending, approved: r.esc_approved, rejected: r.esc_rejected },
  };
}

export interface SubtreeFigures {
  /** The root and everything under it (dissolved organizations included, as the duty list's `subtree` counts them). */
  whole: DutyFigures;
  /** The root organization alone. */
  own: DutyFigures;
  /** Each direct child of the root, covering the child's own subtree, in the order the children were created. */
  children: { id: string; name: string; dissolvedAt: Date | null; figures: DutyFigures }[];
  /** Month by month (1–12 of the due date), over the whole subtree. */
  months: { month: number; figures: DutyFigures }[];
}

/** The figures of an organization's subtree for a period: three aggregate queries. */
export async function subtreeFigures(manager: EntityManager, rootId: string, period: DashboardPeriod): Promise<SubtreeFigures> {
  const params = [rootId, period.dueFrom, period.dueTo, period.now];
  const byBranch: (FigureRow & { whole: boolean; branch: string | null })[] = await manager.query(
    `SELECT GROUPING(b.branch) = 1 AS whole, b.branch::text AS branch, ${FIGURES}
       FROM duties d JOIN ${subtreeBranchesSql('$1::uuid', 'include')} b ON b.id = d.organization_id
      WHERE ${COUNTED}
      GROUP BY GROUPING SETS ((b.branch), ())`,
    params,
  );
  const byMonth: (FigureRow & { month: number })[] = await manager.query(
    `SELECT extract(month FROM d.due_date)::int AS month, ${FIGURES}
       FROM duties d
      WHERE d.organization_id IN ${subtreeSql('$1::uuid', 'include')} AND ${COUNTED}
      GROUP BY 1`,
    params,
  );
  const children: { id: string; name: string; dissolved_at: Date | null }[] = await manager.query(
    `SELECT id::text, name, dissolved_at FROM organizations WHERE parent_id = $1 ORDER BY created_at, id`,
    [rootId],
  );
  const branch = (id: string | null) => byBranch.find((r) => !r.whole && r.branch === id);
  return {
    whole: toFigures(byBranch.find((r) => r.whole)),
    own: toFigures(branch(null)),
    children: children.map((c) => ({ id: c.id, name: c.name, dissolvedAt: c.dissolved_at, figures: toFigures(branch(c.id)) })),
    months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, figures: toFigures(byMonth.find((r) => r.month === i + 1)) })),
  };
}
