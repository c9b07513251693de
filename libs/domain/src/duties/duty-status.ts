export const DUTY_STATUSES = ['pending', 'overdue', 'escalation_proposed', 'escalated', 'completed', 'cancelled'] as const;
export type DutyStatus = (typeof DUTY_STATUSES)[number];

export const DUTY_STATUS_LABELS: Record<DutyStatus, string> = {
  pending: '待办',
  overdue: '已逾期',
  escalation_proposed: '待审批升级',
  escalated: '已升级',
  completed: '已完成',
  cancelled: '已取消',
};

export const OPEN_DUTY_STATUSES: readonly DutyStatus[] = ['pending', 'overdue', 'escalation_proposed', 'escalated'];

export function isOpenDutyStatus(status: DutyStatus): boolean {
  return OPEN_DUTY_STATUSES.includes(status);
}
