/** 蓝 on track, 黄 within the warning window, 红 overdue (the API's duty view carries `colour`); null once closed. */
export type DutyColour = 'blue' | 'yellow' | 'red';

const TAGS: Record<DutyColour, { color: string; label: string }> = {
  blue: { color: 'blue', label: '蓝' },
  yellow: { color: 'gold', label: '黄' },
  red: { color: 'red', label: '红' },
};

const RANK: Record<DutyColour, number> = { red: 0, yellow: 1, blue: 2 };

/** The antd Tag colour and the label for a duty's colour; closed duties get none. */
export function colourTag(colour: DutyColour | null | undefined): { color: string; label: string } | null {
  return colour && colour in TAGS ? TAGS[colour] : null;
}

/** Most urgent first: 红, then 黄, then 蓝, then closed; within a colour the earliest due first. */
export function byUrgency<T extends { colour: DutyColour | null; dueAt: string }>(a: T, b: T): number {
  const rank = (d: T) => (d.colour ? RANK[d.colour] : 3);
  return rank(a) - rank(b) || Date.parse(a.dueAt) - Date.parse(b.dueAt);
}

/** Whether a duty still asks something of its responsible person. */
export const OPEN_STATUSES = ['pending', 'overdue', 'escalation_proposed', 'escalated'] as const;

export const STATUS_LABELS: Record<string, string> = {
  pending: '待办',
  overdue: '已逾期',
  escalation_proposed: '待审批升级',
  escalated: '已升级',
  completed: '已完成',
  cancelled: '已取消',
};
