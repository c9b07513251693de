import type { LedgerRowView, LedgerSummaryView } from '../api/views';
import { formatDay } from '../duties/format';

/** The figures of a ledger's summary, in the order the API's files print them (labels duplicated from libs/domain). */
export const SUMMARY_FIGURES: readonly { key: keyof LedgerSummaryView; label: string; tone?: string }[] = [
  { key: 'duties', label: '应履职事项' },
  { key: 'completed', label: '已完成' },
  { key: 'completedOnTime', label: '按期完成' },
  { key: 'completedLate', label: '逾期完成', tone: '#cf1322' },
  { key: 'openOverdue', label: '逾期未完成', tone: '#cf1322' },
  { key: 'withEvidence', label: '有佐证材料' },
  { key: 'escalated', label: '被升级', tone: '#d46b08' },
  { key: 'extended', label: '经延期' },
  { key: 'returned', label: '被退回', tone: '#d46b08' },
];

/** 2027-03-01 完成：note（佐证：a.pdf、b.pdf）, or '—'. */
export function doneLine(row: LedgerRowView): string {
  if (!row.done) return '—';
  const evidence = row.done.evidence.length ? `（佐证：${row.done.evidence.join('、')}）` : '';
  return `${row.done.heldOn ?? formatDay(row.done.recordedAt)} 完成${row.done.note ? `：${row.done.note}` : ''}${evidence}`;
}

/** What went wrong with a duty, one line each: escalations, extensions (with the reason), returns. */
export function troubleLines(row: LedgerRowView): string[] {
  return [
    ...row.escalations.map((e) => `${formatDay(e.at)} ${e.level !== null ? `第${e.level}级` : ''}${e.howLabel}${e.noticeNumber ? `（${e.noticeNumber}）` : ''}`),
    ...row.extensions.map((e) => `${formatDay(e.at)} 延期${e.newDueAt ? `至${formatDay(e.newDueAt)}` : ''}${e.reason ? `：${e.reason}` : ''}`),
    ...row.returns.map((r) => `${formatDay(r.at)} 被退回${r.reason ? `：${r.reason}` : ''}`),
  ];
}
