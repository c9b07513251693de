/**
 * GET /organizations/:id/dashboard, as the API answers it (apps/api/src/dashboard/dashboard.service.ts; the OpenAPI
 * document does not describe the body). Every figure is counted by the API; the console only shows and links them.
 */

/** A `GET /duties` query as the API hands it over: the organization's (or month's) scope of a figure. */
export type DutyQuery = Record<string, string | boolean>;

export interface EscalationFigures {
  proposed: number;
  pending: number;
  approved: number;
  rejected: number;
}

export interface Figures {
  due: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  /** completed / due; null when nothing is due. */
  completionRate: number | null;
  onTimeRate: number | null;
  /** Open and past due now (红). */
  overdue: number;
  open: number;
  colours: { blue: number; yellow: number; red: number };
  escalations: EscalationFigures;
}

export interface ScopedFigures extends Figures {
  query: DutyQuery;
}

export interface ChildFigures extends ScopedFigures {
  organization: { id: string; name: string; dissolved: boolean };
}

export interface RankingEntry {
  rank: number;
  organization: { id: string; name: string; dissolved: boolean };
  due: number;
  completedOnTime: number;
  onTimeRate: number | null;
  completionRate: number | null;
}

export interface MonthFigures {
  month: number;
  query: DutyQuery;
  due: number;
  completedOnTime: number;
  completedLate: number;
  open: number;
  overdue: number;
}

/** The figures a drill-down can ask for (the keys of `figureFilters`). */
export type FigureKey =
  | 'due'
  | 'completed'
  | 'completedOnTime'
  | 'completedLate'
  | 'open'
  | 'overdue'
  | 'colours.blue'
  | 'colours.yellow'
  | 'colours.red'
  | 'escalations.proposed'
  | 'escalations.pending'
  | 'escalations.approved'
  | 'escalations.rejected';

export interface Dashboard {
  organization: { id: string; name: string };
  year: number;
  asOf: string;
  figureFilters: Record<FigureKey, DutyQuery>;
  total: ScopedFigures;
  own: ScopedFigures;
  children: ChildFigures[];
  ranking: RankingEntry[];
  months: MonthFigures[];
  escalations: EscalationFigures & { query: DutyQuery };
}
