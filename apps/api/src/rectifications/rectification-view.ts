import {
  calendarDate,
  isRectificationOverdue,
  NOTICE_REASON_LABELS,
  RECTIFICATION_ESCALATION_LABELS,
  RECTIFICATION_SEVERITY_LABELS,
  RECTIFICATION_SOURCE_LABELS,
  rectificationColour,
  rectificationStatusLabel,
  SUPERVISING_BODY_LABELS,
} from '@duban/domain';
import { RectificationEntity, RectificationEventEntity, RectificationNoticeEntity } from '@duban/persistence';

/** A rectification as lists show it: its facts, its words, its colour. Load `organization` and `supervisingOrganization`. */
export function toRectificationView(r: RectificationEntity, zone: string, now: Date = new Date()) {
  const today = calendarDate(now, zone);
  return {
    id: r.id,
    organizationId: r.organizationId,
    organizationName: r.organization?.name ?? null,
    kind: r.kind,
    source: r.source,
    sourceLabel: RECTIFICATION_SOURCE_LABELS[r.source],
    reference: r.reference,
    description: r.description,
    category: r.category,
    severity: r.severity,
    severityLabel: RECTIFICATION_SEVERITY_LABELS[r.severity],
    foundOn: r.foundOn,
    recordedOn: r.recordedOn,
    originalDeadline: r.originalDeadline,
    deadline: r.deadline,
    status: r.status,
    statusLabel: rectificationStatusLabel(r.kind, r.status),
    colour: rectificationColour(r, today),
    overdue: isRectificationOverdue(r, today),
    lateSince: r.lateSince,
    escalation: r.escalation,
    escalationLabel: r.escalation ? RECTIFICATION_ESCALATION_LABELS[r.escalation] : null,
    round: r.round,
    returnsThisRound: r.returnsThisRound,
    acceptedOn: r.acceptedOn,
    closedOn: r.closedOn,
    cancelReason: r.cancelReason,
    supervisingOrganizationId: r.supervisingOrganizationId,
    supervisingOrganizationName: r.supervisingOrganization?.name ?? null,
    supervisingBody: r.supervisingBody,
    supervisingBodyLabel: SUPERVISING_BODY_LABELS[r.supervisingBody],
    timings: r.timings,
    importId: r.importId,
    createdAt: r.createdAt.toISOString(),
  };
}
export type RectificationView = ReturnType<typeof toRectificationView>;

const EVENT_LABELS: Record<string, string> = {
  recorded: '登记问题',
  milestone_issued: '下达事项',
  plan_submitted: '报送整改方案',
  progress_reported: '报告整改进展',
  report_submitted: '报送整改报告',
  report_returned: '整改报告被退回',
  report_accepted: '整改报告审核通过',
  late: '逾期未完成整改',
  admonition_issued: '启动整改不到位约谈',
  admonition_held: '约谈已开展',
  correction_ordered: '责令改正并通报批评',
  correction_ordered_done: '上级已责令改正',
  notice_proposed: '提请通报曝光',
  notice_approved: '批准通报曝光',
  notice_rejected: '不予通报曝光',
  notice_sent: '通报已发送',
  visit_confirmed: '回访确认整改到位，销号',
  visit_reopened: '回访发现问题，重新整改',
  cancelled: '撤销',
};

export function toRectificationEventView(e: RectificationEventEntity, actorName: string | null) {
  return { id: e.id, type: e.type, label: EVENT_LABELS[e.type] ?? e.type, at: e.at.toISOString(), actorKind: e.actorKind, actorPersonId: e.actorPersonId, actorName, data: e.data };
}

export function toNoticeView(n: RectificationNoticeEntity) {
  return {
    id: n.id,
    reason: n.reason,
    reasonLabel: NOTICE_REASON_LABELS[n.reason],
    status: n.status,
    statusLabel: { proposed: '待审批', approved: '已批准', rejected: '不予通报' }[n.status],
    proposedAt: n.proposedAt.toISOString(),
    decidedAt: n.decidedAt?.toISOString() ?? null,
    decidedByPersonId: n.decidedByPersonId,
    decisionNote: n.decisionNote,
    number: n.number,
    recipientOrganizationIds: n.recipientOrganizationIds,
    sentAt: n.sentAt?.toISOString() ?? null,
  };
}
