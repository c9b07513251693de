import type { IsoDuration } from '../time/iso-duration';
import type { Role } from '../organizations/role';

/**
 * Where a finding comes from (整改问题来源): the kinds of supervision that produce findings an organization's
 * 一把手 must rectify (中央《意见》第（二十一）条; 北京第（二十五）（二十六）条; 安徽第（二十四）（二十五）条; 常州工学院第 10、32、33 项).
 * A 纪检监察建议 follows its own lifecycle (issued → chased → answered → assessed → visited).
 */
export const RECTIFICATION_SOURCES = ['inspection', 'audit', 'statement_review', 'democratic_life', 'political_ecology', 'special_inspection', 'discipline_review', 'supervision_recommendation', 'other'] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];

export const RECTIFICATION_SOURCE_LABELS: Readonly<Record<RectificationSource, string>> = {
  inspection: '巡视巡察',
  audit: '审计',
  statement_review: '述责述廉评议',
  democratic_life: '民主生活会',
  political_ecology: '政治生态分析研判反馈',
  special_inspection: '专项督查',
  discipline_review: '纪律检查',
  supervision_recommendation: '纪检监察建议',
  other: '其他监督检查',
};

export const RECTIFICATION_SEVERITIES = ['general', 'serious', 'grave'] as const;
export type RectificationSeverity = (typeof RECTIFICATION_SEVERITIES)[number];
export const RECTIFICATION_SEVERITY_LABELS: Readonly<Record<RectificationSeverity, string>> = { general: '一般', serious: '较重', grave: '严重' };

/** The body that verifies the rectification, and the seat of its organization that receives its work. */
export const SUPERVISING_BODIES = ['discipline', 'organization', 'inspection'] as const;
export type SupervisingBody = (typeof SUPERVISING_BODIES)[number];
export const SUPERVISING_BODY_LABELS: Readonly<Record<SupervisingBody, string>> = { discipline: '纪检监察机构', organization: '组织部门', inspection: '巡视巡察工作机构' };
/**
 * The seat that reviews the reports and makes the follow-up visit. The tree has no seat for the inspection
 * office (巡察办); its work goes to the 纪委书记's seat, which the access policy lets supervise.
 */
export const SUPERVISING_BODY_SEAT: Readonly<Record<SupervisingBody, Role>> = { discipline: 'discipline_secretary', organization: 'organization_head', inspection: 'discipline_secretary' };

/** What a finding is: a problem to rectify, or a supervision recommendation (纪检监察建议) to answer. */
export type RectificationKind = 'finding' | 'recommendation';
export function rectificationKindOf(source: RectificationSource): RectificationKind {
  return source === 'supervision_recommendation' ? 'recommendation' : 'finding';
}

/**
 * Where a rectification stands. A finding: its plan is awaited (planning), then its work (rectifying), its
 * completion report awaits review (reviewing), the report was accepted and the follow-up visit is due
 * (accepted), the visit confirmed it (closed). A recommendation goes the same way without a plan: chased
 * until answered, the answer assessed, visited.
 */
export const RECTIFICATION_STATUSES = ['planning', 'rectifying', 'reviewing', 'accepted', 'closed', 'cancelled'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const OPEN_RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['planning', 'rectifying', 'reviewing', 'accepted'];
/** Statuses where the work itself is still owed (the deadline can be missed). */
export const UNSUBMITTED_RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['planning', 'rectifying'];

const FINDING_STATUS_LABELS: Readonly<Record<RectificationStatus, string>> = {
  planning: '待报整改方案',
  rectifying: '整改中',
  reviewing: '整改报告待审核',
  accepted: '已通过审核，待回访',
  closed: '已回访销号',
  cancelled: '已撤销',
};
const RECOMMENDATION_STATUS_LABELS: Readonly<Record<RectificationStatus, string>> = {
  planning: '待报整改方案',
  rectifying: '督办中，待反馈',
  reviewing: '已反馈，待评估',
  accepted: '已评估，待回访',
  closed: '已回访',
  cancelled: '已撤销',
};
export function rectificationStatusLabel(kind: RectificationKind, status: RectificationStatus): string {
  return (kind === 'recommendation' ? RECOMMENDATION_STATUS_LABELS : FINDING_STATUS_LABELS)[status];
}

/** How far the rectification was escalated (one step after the other; null: not at all). */
export const RECTIFICATION_ESCALATIONS = ['admonition', 'notice_proposed', 'notice_issued', 'notice_rejected', 'correction_ordered'] as const;
export type RectificationEscalation = (typeof RECTIFICATION_ESCALATIONS)[number];
export const RECTIFICATION_ESCALATION_LABELS: Readonly<Record<RectificationEscalation, string>> = {
  admonition: '已启动约谈',
  notice_proposed: '通报曝光待审批',
  notice_issued: '已通报曝光',
  notice_rejected: '通报曝光未获批准',
  correction_ordered: '已责令改正并通报批评',
};

/** Why a public notice (通报曝光) is proposed: still not done after the admonition talk, or paper-only (纸面整改、虚假整改). */
export type NoticeReason = 'late_after_talk' | 'paper_only';
export const NOTICE_REASON_LABELS: Readonly<Record<NoticeReason, string>> = {
  late_after_talk: '约谈后仍未按期完成整改',
  paper_only: '存在“纸面整改”、虚假整改问题',
};

/** How a completion report is sent back: inadequate, or paper-only / fake (纸面整改、虚假整改, 安徽第（二十四）条). */
export const RETURN_KINDS = ['inadequate', 'paper_only'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];
export const RETURN_KIND_LABELS: Readonly<Record<ReturnKind, string>> = { inadequate: '整改不到位', paper_only: '纸面整改、虚假整改' };

/**
 * The time limits of a rectification's milestones. None is fixed by the texts: each is a product default an
 * administrator of the supervising organization may change (see RECTIFICATION_DEFAULTS_NOTE).
 */
export interface RectificationTimings {
  /** The plan (整改方案) is due this long after the finding; null: no plan asked (the default for recommendations). */
  planWithin: IsoDuration | null;
  /** A progress report (整改进展情况) is due at each such interval until the completion report; null: none. */
  progressEvery: IsoDuration | null;
  /** The follow-up visit (回访) is due this long after the report was accepted. */
  visitAfter: IsoDuration;
  /** Still not done this long after the admonition talk was due: a public notice is proposed. */
  noticeAfterTalk: IsoDuration;
}

export const DEFAULT_RECTIFICATION_TIMINGS: Readonly<RectificationTimings> = { planWithin: 'P1M', progressEvery: 'P1M', visitAfter: 'P6M', noticeAfterTalk: 'P1M' };
export const DEFAULT_RECOMMENDATION_TIMINGS: Readonly<RectificationTimings> = { planWithin: null, progressEvery: null, visitAfter: 'P6M', noticeAfterTalk: 'P1M' };
export const RECTIFICATION_DEFAULTS_NOTE = '各项时限文件均未规定，系产品默认（整改方案 1 个月内、每月报告进展、审核通过后 6 个月回访、约谈后 1 个月仍未完成即提请通报），可由监督单位管理员调整';

/** A completion report sent back this many times in one round calls for the admonition talk (北京第（二十五）条, 安徽第（二十四）条). */
export const RETURNS_BEFORE_ADMONITION = 2;

/** How close the deadline must be for an unsubmitted rectification to show 黄 (yellow): a product default. */
export const RECTIFICATION_WARNING_DAYS = 15;

/**
 * The colour of a rectification, as the duty lists colour duties: 红 when the work is late or escalated, 黄 when
 * the deadline is within RECTIFICATION_WARNING_DAYS, 蓝 otherwise; none once closed or cancelled.
 */
export function rectificationColour(r: { status: RectificationStatus; deadline: string; escalation: RectificationEscalation | null; lateSince: string | null }, today: string): 'blue' | 'yellow' | 'red' | null {
  if (r.status === 'closed' || r.status === 'cancelled') return null;
  const unsubmitted = UNSUBMITTED_RECTIFICATION_STATUSES.includes(r.status);
  if (unsubmitted && today > r.deadline) return 'red';
  if (r.escalation && r.escalation !== 'notice_rejected' && r.status !== 'accepted') return 'red';
  if (unsubmitted) {
    const warnFrom = new Date(Date.parse(`${r.deadline}T00:00:00Z`) - RECTIFICATION_WARNING_DAYS * 86_400_000).toISOString().slice(0, 10);
    if (today >= warnFrom) return 'yellow';
  }
  return 'blue';
}

/** Overdue: the deadline passed and the work is not submitted. */
export function isRectificationOverdue(r: { status: RectificationStatus; deadline: string }, today: string): boolean {
  return UNSUBMITTED_RECTIFICATION_STATUSES.includes(r.status) && today > r.deadline;
}
