/** Every step in a duty's history. */
export const DUTY_EVENT_TYPES = [
  'created',
  'reminded',
  'completed',
  'overdue',
  'escalation_proposed',
  'escalation_approved',
  'escalation_auto',
  'escalation_rejected',
  'extended',
  'cancelled',
] as const;
export type DutyEventType = (typeof DUTY_EVENT_TYPES)[number];

export const DUTY_EVENT_LABELS: Record<DutyEventType, string> = {
  created: '生成',
  reminded: '已提醒',
  completed: '已完成',
  overdue: '逾期',
  escalation_proposed: '提议升级',
  escalation_approved: '批准升级',
  escalation_auto: '超时自动升级',
  escalation_rejected: '驳回升级',
  extended: '延期',
  cancelled: '取消',
};

/** The decisions a supervisor can take on a proposed escalation. */
export type EscalationDecision =
  | { kind: 'approve'; actorPersonId: string; note?: string }
  | { kind: 'reject'; actorPersonId: string; reason: string }
  | { kind: 'extend'; actorPersonId: string; newDueAt: string; reason?: string };
