/**
 * The forms of the duty and approval pages, as plain rules (unit-tested; the pages hand them to antd Form). Each check
 * returns the Chinese reason, or null when the value is fine. The API checks everything again and its 400s are shown
 * next to the same fields (the names below are the API's field names).
 */

/** Dates are picked as calendar days (YYYY-MM-DD) in China's time (+08:00, no daylight saving). */
export const ZONE_OFFSET = '+08:00';

/** The last moment of a calendar day, as the API's zoned date-times want it: 2027-01-31T23:59:59+08:00. */
export function endOfDay(day: string): string {
  return `${day}T23:59:59${ZONE_OFFSET}`;
}

/** Today's calendar day in China's time. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

const blank = (text: string | undefined | null) => !text || text.trim() === '';

export const LIMITS = { note: 4000, reason: 2000 } as const;

export interface CompletionValues {
  heldOn?: string;
  counterpartPersonId?: string;
  note?: string;
}

/** 登记完成: the day it was held (not after today), what was done; the counterpart defaults to the duty's. */
export const completionChecks = {
  heldOn: (day: string | undefined, today: string = todayInChina()) => (!day ? '请选择谈话（履职）日期' : day > today ? '日期不能晚于今天' : null),
  note: (note: string | undefined) => (blank(note) ? '请填写情况说明' : note!.length > LIMITS.note ? `情况说明最多 ${LIMITS.note} 个字符` : null),
};

/** The parts of an EvidenceRequirement the forms read (see api/views.ts). */
interface Requirement {
  item: string;
  label: string;
}

/** What the duty's template asks of a completion, in one line: 须填写履职日期、情况说明；须上传会议记录、签到表. */
export function evidenceRequirementText(required: readonly Requirement[]): string | null {
  const fields = required.filter((r) => r.item !== 'file').map((r) => r.label);
  const files = required.filter((r) => r.item === 'file').map((r) => r.label);
  const parts = [fields.length > 0 ? `须填写${fields.join('、')}` : null, files.length > 0 ? `须上传${files.join('、')}（至少一份佐证材料）` : null].filter(Boolean);
  return parts.length > 0 ? parts.join('；') : null;
}

/** 登记完成 without the file the template asks: the same words as the API's refusal (field `evidence`). */
export function evidenceFileProblem(required: readonly Requirement[], files: number): string | null {
  const file = required.find((r) => r.item === 'file');
  return file && files === 0 ? `该事项要求上传${file.label}作为佐证材料：请先在“证据材料”中上传至少一份，再登记完成` : null;
}

export function completionBody(values: CompletionValues): { heldOn: string; counterpartPersonId?: string; note: string } {
  return { heldOn: values.heldOn!, note: values.note!.trim(), ...(values.counterpartPersonId ? { counterpartPersonId: values.counterpartPersonId } : {}) };
}

export interface ExtensionValues {
  newDueDay?: string;
  reason?: string;
}

/** 申请延期: a new day after the current due date (and after today), and why. */
export const extensionChecks = {
  newDueDay: (day: string | undefined, currentDueDate: string, today: string = todayInChina()) =>
    !day ? '请选择希望的新截止日期' : day <= currentDueDate ? '新截止日期须晚于现在的截止日期' : day < today ? '新截止日期不能早于今天' : null,
  reason: (reason: string | undefined) => (blank(reason) ? '请说明延期理由' : reason!.length > LIMITS.reason ? `理由最多 ${LIMITS.reason} 个字符` : null),
};

export function extensionBody(values: ExtensionValues): { newDueAt: string; reason: string } {
  return { newDueAt: endOfDay(values.newDueDay!), reason: values.reason!.trim() };
}

export type EscalationDecision = 'approve' | 'reject' | 'extend';
export type ExtensionDecision = 'grant' | 'refuse';

export interface DecisionValues {
  reason?: string;
  newDueDay?: string;
}

/** 驳回 and 不同意 need a reason; 给予新期限 needs a day (after today). */
export function decisionProblems(decision: EscalationDecision | ExtensionDecision, values: DecisionValues, today: string = todayInChina()): Record<string, string> {
  const problems: Record<string, string> = {};
  if ((decision === 'reject' || decision === 'refuse') && blank(values.reason)) problems.reason = '驳回须说明理由';
  if (values.reason && values.reason.length > LIMITS.reason) problems.reason = `理由最多 ${LIMITS.reason} 个字符`;
  if (decision === 'extend') {
    if (!values.newDueDay) problems.newDueAt = '请选择新的截止日期';
    else if (values.newDueDay < today) problems.newDueAt = '新的截止日期不能早于今天';
  }
  return problems;
}

export function decisionBody<D extends EscalationDecision | ExtensionDecision>(decision: D, values: DecisionValues): { decision: D; reason?: string; newDueAt?: string } {
  return {
    decision,
    ...(values.reason && values.reason.trim() ? { reason: values.reason.trim() } : {}),
    ...((decision === 'extend' || decision === 'grant') && values.newDueDay ? { newDueAt: endOfDay(values.newDueDay) } : {}),
  };
}

export type ReviewDecision = 'accept' | 'return';

/** 审核完成情况: 退回 needs a reason and a new day (not before today); 通过 needs nothing. */
export function reviewProblems(decision: ReviewDecision, values: DecisionValues, today: string = todayInChina()): Record<string, string> {
  const problems: Record<string, string> = {};
  if (decision === 'return') {
    if (blank(values.reason)) problems.reason = '退回须说明理由';
    if (!values.newDueDay) problems.newDueAt = '请选择新的截止日期';
    else if (values.newDueDay < today) problems.newDueAt = '新的截止日期不能早于今天';
  }
  if (values.reason && values.reason.length > LIMITS.reason) problems.reason = `理由最多 ${LIMITS.reason} 个字符`;
  return problems;
}

export function reviewBody(decision: ReviewDecision, values: DecisionValues): { decision: ReviewDecision; reason?: string; newDueAt?: string } {
  return {
    decision,
    ...(values.reason && values.reason.trim() ? { reason: values.reason.trim() } : {}),
    ...(decision === 'return' && values.newDueDay ? { newDueAt: endOfDay(values.newDueDay) } : {}),
  };
}
