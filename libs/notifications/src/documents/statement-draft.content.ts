import { calendarDate, dueDateOf, LedgerRow } from '@duban/domain';
import type { DraftLine, StatementDraft } from './statement-draft.docx';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二 (headings go no further than a few dozen). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;
}

function doneClause(row: LedgerRow, zone: string): string {
  if (!row.done) return `尚未完成（${row.timelinessLabel}）`;
  const when = row.done.heldOn ?? calendarDate(row.done.recordedAt, zone);
  const parts = [`${when}完成（${row.timelinessLabel}）`];
  if (row.done.note) parts.push(row.done.note);
  if (row.done.evidence.length > 0) parts.push(`佐证材料：${row.done.evidence.join('、')}`);
  return parts.join('；');
}

/** What went wrong with a duty, in words; empty when nothing did. */
function troubles(row: LedgerRow, zone: string): string[] {
  const lines: string[] = [];
  if (row.timeliness === 'late') lines.push(`截止日期${row.dueDate}，${calendarDate(row.done!.recordedAt, zone)}登记完成，逾期完成`);
  if (row.timeliness === 'overdue') lines.push(`截止日期${row.dueDate}，至今尚未完成`);
  for (const e of row.extensions) lines.push(`${calendarDate(e.at, zone)}获准延期${e.newDueAt ? `至${dueDateOf(e.newDueAt, zone)}` : ''}，理由：${e.reason ?? '未写明'}`);
  for (const e of row.escalations) {
    lines.push(`${calendarDate(e.at, zone)}${e.level !== null ? `第${e.level}级` : ''}${e.howLabel}${e.noticeNumber ? `（预警函${e.noticeNumber}）` : ''}${e.note ? `，意见：${e.note}` : ''}`);
  }
  for (const r of row.returns) lines.push(`${calendarDate(r.at, zone)}完成情况被退回，理由：${r.reason ?? '未写明'}`);
  return lines;
}

/** The body of the draft, heading by heading (the document's layout is in statement-draft.docx.ts). */
export function statementBody(draft: StatementDraft): DraftLine[] {
  const { ledger, zone, year } = draft;
  const rows = ledger.members.flatMap((m) => m.rows);
  const s = ledger.summary;
  const lines: DraftLine[] = [
    {
      kind: 'note',
      text: `【说明】本初稿由督办系统根据本人${year}年度履责记实台账自动生成，数据截至${calendarDate(ledger.generatedAt, zone)}（不含本报告事项本身）。请据实修改、补充黄色标注部分后定稿，并作为“${draft.duty.title}”事项（截止${draft.duty.dueDate}）的佐证材料上传。依据：${draft.duty.citation}。`,
    },
    {
      kind: 'text',
      text: `根据${draft.duty.citation}的要求，现将本人${draft.positions.length ? `任${draft.positions.join('、')}期间` : ''}${year}年度履行监督职责、推进全面从严治党和执行廉洁纪律情况报告如下。`,
    },
  ];
  let n = 0;
  const h1 = (text: string) => lines.push({ kind: 'h1', text: `${chineseNumeral(++n)}、${text}` });

  h1('履行监督职责情况');
  lines.push({
    kind: 'text',
    text: `本年度应履行监督职责事项${s.duties}项，已完成${s.completed}项（按期完成${s.completedOnTime}项，逾期完成${s.completedLate}项），尚未完成${s.open}项（其中逾期${s.openOverdue}项）；上传佐证材料的事项${s.withEvidence}项；被升级${s.escalated}项，经延期${s.extended}项，完成情况被退回${s.returned}项（${s.returns}次）。`,
  });
  const byTitle = new Map<string, LedgerRow[]>();
  for (const row of rows) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row]);
  let k = 0;
  for (const [title, group] of byTitle) {
    const completed = group.filter((r) => r.done).length;
    lines.push({ kind: 'h2', text: `（${chineseNumeral(++k)}）${title}：应履职${group.length}项，已完成${completed}项。依据：${group[0].citation}` });
    group.forEach((row, i) => {
      lines.push({ kind: 'text', text: `${i + 1}. ${row.counterpart ? `对象：${row.counterpart}；` : ''}${row.periodLabel ? `周期：${row.periodLabel}；` : ''}截止日期：${row.dueDate}；${doneClause(row, zone)}。` });
    });
  }
  if (rows.length === 0) lines.push({ kind: 'prompt', text: '本年度台账中无应履行的监督职责事项。请据实填写本年度履行监督职责的情况。' });

  h1('逾期、延期、升级及退回情况说明');
  const troubled = rows.filter((r) => troubles(r, zone).length > 0);
  if (troubled.length === 0) lines.push({ kind: 'text', text: '本年度监督职责事项均按期完成，无延期、升级和被退回的情况。' });
  troubled.forEach((row, i) => {
    lines.push({ kind: 'text', text: `${i + 1}. ${row.title}${row.counterpart ? `（${row.counterpart}）` : ''}：${troubles(row, zone).join('；')}。` });
    lines.push({ kind: 'prompt', text: '原因分析及改进措施：（请填写）' });
  });

  for (const section of draft.sections) {
    h1(section.heading);
    lines.push({ kind: 'prompt', text: `（请填写：${section.prompt}。依据：${section.citation}）` });
  }

  h1('整改事项');
  const rectifications = draft.rectifications ?? [];
  if (rectifications.length === 0) lines.push({ kind: 'text', text: `${year}年度，整改台账中没有本单位需要整改的问题。` });
  else lines.push({ kind: 'text', text: `${year}年度，整改台账记载本单位需要整改的问题${rectifications.length}个：` });
  rectifications.forEach((r, i) => {
    const facts = [`${r.foundOn}发现`, `整改期限${r.deadline}`, `目前${r.statusLabel}`];
    if (r.returns > 0) facts.push(`整改报告被退回${r.returns}次`);
    if (r.escalationLabel) facts.push(r.escalationLabel);
    lines.push({ kind: 'text', text: `${i + 1}. 【${r.sourceLabel}】${r.description}（${facts.join('，')}）` });
  });
  lines.push({ kind: 'prompt', text: rectifications.length ? '整改措施及成效：（请逐项填写；台账以外的整改事项请一并说明）' : '（如有台账以外的整改事项，请填写问题、整改措施、完成时限和进展情况）' });

  h1('下一步工作打算');
  lines.push({ kind: 'prompt', text: '（请填写）' });
  return lines;
}
