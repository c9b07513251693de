/** Every step in a duty's history. */
export const DUTY_EVENT_TYPES = [
  'created',
  'acknowledge_requested',
  'acknowledged',
  'reminded',
  'completed',
  'overdue',
  'escalation_proposed',
  'escalation_approved',
  'escalation_auto',
  'escalation_direct',
  'escalation_rejected',
  'extended',
  'extension_requested',
  'extension_refused',
  'reassigned',
  'policy_changed',
  'cancelled',
  'completion_accepted',
  'completion_returned',
  'appraised',
] as const;
export type DutyEventType = (typeof DUTY_EVENT_TYPES)[number];

export const DUTY_EVENT_LABELS: Record<DutyEventType, string> = {
  created: '生成',
  acknowledge_requested: '请求签收',
  acknowledged: '已签收',
  reminded: '已提醒',
  completed: '已完成',
  overdue: '逾期',
  escalation_proposed: '提议升级',
  escalation_approved: '批准升级',
  escalation_auto: '超时自动升级',
  escalation_direct: '直接升级',
  escalation_rejected: '驳回升级',
  extended: '延期',
  extension_requested: '申请延期',
  extension_refused: '不同意延期',
  reassigned: '责任人变更',
  policy_changed: '督办规则调整',
  cancelled: '取消',
  completion_accepted: '完成情况审核通过',
  completion_returned: '完成情况被退回',
  appraised: '评议',
};

/** The decisions a supervisor can take on a proposed escalation. */
export type EscalationDecision =
  | { kind: 'approve'; actorPersonId: string; note?: string }
  | { kind: 'reject'; actorPersonId: string; reason: string }
  | { kind: 'extend'; actorPersonId: string; newDueAt: string; reason?: string };
