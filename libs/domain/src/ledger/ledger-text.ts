import { calendarDate, dueDateOf } from '../time/dates';
import type { Ledger, LedgerRow, LedgerSummary } from './ledger';
import { LEDGER_SUMMARY_LABELS } from './ledger';

/**
 * The ledger in words, one definition for every file made of it (Excel, PDF, the 述责述廉 draft) so that they
 * say the same thing. Instants are shown as calendar dates in the given zone.
 */
export interface LedgerColumn {
  header: string;
  /** Width in Excel characters. */
  width: number;
  value(row: LedgerRow, zone: string): string;
}

export function doneText(row: LedgerRow, zone: string): string {
  if (!row.done) return '';
  const lines = [`${row.done.heldOn ?? calendarDate(row.done.recordedAt, zone)}完成（${calendarDate(row.done.recordedAt, zone)}登记）`];
  if (row.done.note) lines.push(row.done.note);
  if (row.done.evidence.length > 0) lines.push(`佐证：${row.done.evidence.join('、')}`);
  return lines.join('\n');
}

export function escalationText(row: LedgerRow, zone: string): string {
  return row.escalations
    .map((e) => `${calendarDate(e.at, zone)} ${e.level !== null ? `第${e.level}级` : ''}${e.howLabel}${e.noticeNumber ? `（${e.noticeNumber}）` : ''}${e.note ? `：${e.note}` : ''}`)
    .join('\n');
}

export function extensionText(row: LedgerRow, zone: string): string {
  return row.extensions
    .map((e) => `${calendarDate(e.at, zone)} 延期${e.newDueAt ? `至${dueDateOf(e.newDueAt, zone)}` : ''}${e.reason ? `：${e.reason}` : ''}${e.decisionNote ? `（批准意见：${e.decisionNote}）` : ''}`)
    .join('\n');
}

export function returnText(row: LedgerRow, zone: string): string {
  return row.returns.map((r) => `${calendarDate(r.at, zone)} 退回${r.reason ? `：${r.reason}` : ''}`).join('\n');
}

/** The columns of the ledger table, in order. */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { header: '事项', width: 22, value: (r) => (r.periodLabel ? `${r.title}（${r.periodLabel}）` : r.title) },
  { header: '出处', width: 30, value: (r) => r.citation },
  { header: '对象', width: 20, value: (r) => r.counterpart ?? '' },
  { header: '截止日期', width: 12, value: (r) => r.dueDate },
  { header: '状态', width: 10, value: (r) => r.statusLabel },
  { header: '完成情况（时间、说明、佐证）', width: 40, value: doneText },
  { header: '是否按期', width: 11, value: (r) => r.timelinessLabel },
  { header: '升级', width: 24, value: escalationText },
  { header: '延期（次数、理由）', width: 24, value: extensionText },
  { header: '退回', width: 20, value: returnText },
];

/** The summary in one line: 应履职事项 6 项，已完成 4 项，…. */
export function summaryText(summary: LedgerSummary): string {
  return LEDGER_SUMMARY_LABELS.map(([key, label]) => `${label} ${summary[key]} 项`).join('，');
}

/** The title of a ledger: 2027年度履责记实台账. */
export function ledgerTitle(ledger: Pick<Ledger, 'year'>): string {
  return `${ledger.year}年度履责记实台账`;
}

/** Who the ledger is of, in words: 市委书记（中共某市委 党委书记） or 中共某市委领导班子. */
export function ledgerSubjectText(ledger: Ledger): string {
  if (ledger.subject.kind === 'organization') return `${ledger.subject.name}领导班子`;
  const positions = ledger.members[0]?.positions ?? [];
  return positions.length > 0 ? `${ledger.subject.name}（${positions.join('；')}）` : ledger.subject.name;
}

/** A file name for the ledger, without characters file systems refuse: 履责记实台账-市委书记-2027.xlsx. */
export function ledgerFileName(ledger: Ledger, extension: string): { utf8: string; ascii: string } {
  const name = ledger.subject.name.replace(/[\\/:*?"<>|\s]+/g, '_');
  return { utf8: `履责记实台账-${name}-${ledger.year}.${extension}`, ascii: `ledger-${ledger.year}.${extension}` };
}
