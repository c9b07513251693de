import { DUTY_STATUS_LABELS, DutyStatus, isOpenDutyStatus } from '../duties/duty-status';

/**
 * 履责记实台账: for a person (or each member of an organization's team) and a year, every duty owed, what was
 * done (when, the note, the evidence), and what went wrong (late, escalated, extended, returned). Pure: the facts
 * come from the database (libs/persistence ledger.repository), the rows and the counts are made here, so that the
 * summary always equals the rows.
 */

/** The steps of a duty's timeline the ledger reads. */
export const LEDGER_EVENT_TYPES = ['escalation_approved', 'escalation_auto', 'escalation_direct', 'extended', 'completion_returned'] as const;
export type LedgerEventType = (typeof LEDGER_EVENT_TYPES)[number];

export interface LedgerEventFact {
  type: LedgerEventType;
  /** ISO instant. */
  at: string;
  data: Record<string, unknown>;
}

/** One duty as the database has it. */
export interface LedgerDutyFacts {
  dutyId: string;
  templateId: string;
  title: string;
  citation: string;
  organization: { id: string; name: string };
  responsible: { id: string; name: string };
  /** The other party in words (e.g. 中共甲区委 甲区委书记), or null. */
  counterpart: string | null;
  periodLabel: string | null;
  /** Calendar due date in force (after any extension). */
  dueDate: string;
  /** ISO instant of the due moment in force. */
  dueAt: string;
  status: DutyStatus;
  completedAt: string | null;
  completion: { heldOn: string | null; note: string } | null;
  evidenceFiles: string[];
  events: LedgerEventFact[];
}

export type LedgerTimeliness = 'on_time' | 'late' | 'open' | 'overdue';

export const LEDGER_TIMELINESS_LABELS: Record<LedgerTimeliness, string> = {
  on_time: '按期完成',
  late: '逾期完成',
  open: '未到期',
  overdue: '逾期未完成',
};

export const ESCALATION_HOW_LABELS = { approved: '批准升级', auto: '超时自动升级', direct: '直接升级' } as const;
export type EscalationHow = keyof typeof ESCALATION_HOW_LABELS;

export interface LedgerRow {
  dutyId: string;
  templateId: string;
  title: string;
  citation: string;
  organization: { id: string; name: string };
  responsible: { id: string; name: string };
  counterpart: string | null;
  periodLabel: string | null;
  dueDate: string;
  status: DutyStatus;
  statusLabel: string;
  /** What was done: the date held (or completion day), when it was recorded, the note and the evidence files' names. */
  done: { heldOn: string | null; recordedAt: string; note: string; evidence: string[] } | null;
  timeliness: LedgerTimeliness;
  timelinessLabel: string;
  /** Completed after the due moment in force, or still open past it. */
  late: boolean;
  escalations: { level: number | null; at: string; how: EscalationHow; howLabel: string; noticeNumber: string | null; note: string | null }[];
  /** `reason`: why the leader asked (the extension request's reason), else the decider's; `decisionNote`: the decider's words when both exist. */
  extensions: { at: string; reason: string | null; decisionNote: string | null; newDueAt: string | null }[];
  /** Completions returned by the supervising body as insufficient (the timeline's `completion_returned`). */
  returns: { at: string; reason: string | null }[];
}

export interface LedgerSummary {
  duties: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  open: number;
  openOverdue: number;
  /** Completed late or open past due. */
  late: number;
  /** Duties with evidence files. */
  withEvidence: number;
  /** Duties escalated at least once, and the escalations in all. */
  escalated: number;
  escalations: number;
  extended: number;
  extensions: number;
  returned: number;
  returns: number;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function escalationOf(event: LedgerEventFact): LedgerRow['escalations'][number] {
  const how: EscalationHow = event.type === 'escalation_auto' ? 'auto' : event.type === 'escalation_direct' ? 'direct' : 'approved';
  const level = typeof event.data.level === 'number' ? event.data.level : null;
  return { level, at: event.at, how, howLabel: ESCALATION_HOW_LABELS[how], noticeNumber: text(event.data.noticeNumber), note: text(event.data.reason) };
}

/** One duty's row, judged at `now` (an open duty is late once its due moment has come). */
export function ledgerRow(facts: LedgerDutyFacts, now: Date): LedgerRow {
  const events = [...facts.events].sort((a, b) => a.at.localeCompare(b.at));
  const due = Date.parse(facts.dueAt);
  const completed = facts.status === 'completed' && facts.completedAt !== null;
  const timeliness: LedgerTimeliness = completed
    ? Date.parse(facts.completedAt!) > due
      ? 'late'
      : 'on_time'
    : isOpenDutyStatus(facts.status) && now.getTime() >= due
      ? 'overdue'
      : 'open';
  return {
    dutyId: facts.dutyId,
    templateId: facts.templateId,
    title: facts.title,
    citation: facts.citation,
    organization: facts.organization,
    responsible: facts.responsible,
    counterpart: facts.counterpart,
    periodLabel: facts.periodLabel,
    dueDate: facts.dueDate,
    status: facts.status,
    statusLabel: DUTY_STATUS_LABELS[facts.status],
    done: completed ? { heldOn: facts.completion?.heldOn ?? null, recordedAt: facts.completedAt!, note: facts.completion?.note ?? '', evidence: [...facts.evidenceFiles] } : null,
    timeliness,
    timelinessLabel: LEDGER_TIMELINESS_LABELS[timeliness],
    late: timeliness === 'late' || timeliness === 'overdue',
    escalations: events.filter((e) => e.type.startsWith('escalation_')).map(escalationOf),
    extensions: events
      .filter((e) => e.type === 'extended')
      .map((e) => {
        const asked = text(e.data.requestReason);
        return { at: e.at, reason: asked ?? text(e.data.reason), decisionNote: asked ? text(e.data.reason) : null, newDueAt: text(e.data.newDueAt) };
      }),
    returns: events.filter((e) => e.type === 'completion_returned').map((e) => ({ at: e.at, reason: text(e.data.reason) })),
  };
}

/** The counts of a set of rows; each count is the number of rows (or entries) with that property. */
export function ledgerSummary(rows: readonly LedgerRow[]): LedgerSummary {
  const count = (keep: (row: LedgerRow) => boolean) => rows.filter(keep).length;
  const sum = (of: (row: LedgerRow) => number) => rows.reduce((total, row) => total + of(row), 0);
  return {
    duties: rows.length,
    completed: count((r) => r.done !== null),
    completedOnTime: count((r) => r.timeliness === 'on_time'),
    completedLate: count((r) => r.timeliness === 'late'),
    open: count((r) => r.done === null),
    openOverdue: count((r) => r.timeliness === 'overdue'),
    late: count((r) => r.late),
    withEvidence: count((r) => (r.done?.evidence.length ?? 0) > 0),
    escalated: count((r) => r.escalations.length > 0),
    escalations: sum((r) => r.escalations.length),
    extended: count((r) => r.extensions.length > 0),
    extensions: sum((r) => r.extensions.length),
    returned: count((r) => r.returns.length > 0),
    returns: sum((r) => r.returns.length),
  };
}

/** The summary's figures in Chinese, in the order a ledger prints them. */
export const LEDGER_SUMMARY_LABELS: readonly [keyof LedgerSummary, string][] = [
  ['duties', '应履职事项'],
  ['completed', '已完成'],
  ['completedOnTime', '按期完成'],
  ['completedLate', '逾期完成'],
  ['open', '未完成'],
  ['openOverdue', '逾期未完成'],
  ['withEvidence', '有佐证材料'],
  ['escalated', '被升级'],
  ['extended', '经延期'],
  ['returned', '被退回'],
];

export interface LedgerMember {
  person: { id: string; name: string };
  /** Positions held in the year, e.g. 中共某市委 党委书记. */
  positions: string[];
  rows: LedgerRow[];
  summary: LedgerSummary;
}

export interface Ledger {
  subject: { kind: 'person' | 'organization'; id: string; name: string };
  year: number;
  /** ISO instant the ledger was made at. */
  generatedAt: string;
  members: LedgerMember[];
  summary: LedgerSummary;
}

/** A ledger from each member's duties: rows by due date, a summary per member and one over all. */
export function buildLedger(
  subject: Ledger['subject'],
  year: number,
  members: readonly { person: { id: string; name: string }; positions: string[]; duties: readonly LedgerDutyFacts[] }[],
  now: Date,
): Ledger {
  const built = members.map((m) => {
    const rows = m.duties.map((d) => ledgerRow(d, now)).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title) || a.dutyId.localeCompare(b.dutyId));
    return { person: m.person, positions: m.positions, rows, summary: ledgerSummary(rows) };
  });
  return { subject, year, generatedAt: now.toISOString(), members: built, summary: ledgerSummary(built.flatMap((m) => m.rows)) };
}

/** The ledger without one duty (the 述责述廉 report does not account for itself), its counts made again. */
export function ledgerWithout(ledger: Ledger, dutyId: string): Ledger {
  const members = ledger.members.map((m) => {
    const rows = m.rows.filter((r) => r.dutyId !== dutyId);
    return { ...m, rows, summary: ledgerSummary(rows) };
  });
  return { ...ledger, members, summary: ledgerSummary(members.flatMap((m) => m.rows)) };
}
