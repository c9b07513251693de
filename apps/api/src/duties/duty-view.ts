import { APPRAISAL_GRADES, APPRAISAL_GRADES_DEFAULTED, appraisalApplies, type Citation, DUTY_COLOUR_LABELS, DUTY_EVENT_LABELS, DUTY_STATUS_LABELS, dutyColour, evidenceRequirements, templateOfDuty, warningWindowOf } from '@duban/domain';
import { DutyEntity, DutyEventEntity } from '@duban/persistence';

/** Where the review of the duty's completion stands: awaiting review, accepted, or returned and being redone. */
export type ReviewStateView = 'awaiting_review' | 'accepted' | 'returned';

export const REVIEW_STATE_LABELS: Record<ReviewStateView, string> = { awaiting_review: '待审核', accepted: '审核通过', returned: '被退回' };

function reviewStateOf(duty: DutyEntity): ReviewStateView | null {
  if (duty.status === 'completed') return duty.reviewState === 'accepted' ? 'accepted' : 'awaiting_review';
  return duty.status !== 'cancelled' && duty.reviewState === 'returned' ? 'returned' : null;
}

/** Whether the duty takes a 评议 result, by which clause and with which grades. */
function appraisalOf(duty: DutyEntity, citations: readonly Citation[]) {
  const applies = appraisalApplies(duty.templateId, citations);
  return {
    applies: applies.applies,
    /** The clause that gives the 评议, or why the duty takes none. */
    basis: applies.applies ? `${applies.rule.document}${applies.rule.clause}` : applies.reason,
    grades: applies.applies ? [...APPRAISAL_GRADES] : [],
    gradesDefaulted: applies.applies ? APPRAISAL_GRADES_DEFAULTED : null,
    result: duty.appraisal,
  };
}

/** What the API shows of a duty: names next to ids, labels next to codes. */
export function toDutyView(duty: DutyEntity, now: Date = new Date()) {
  const colour = dutyColour(duty.status, duty.dueAt, warningWindowOf(duty.policy), now);
  const template = templateOfDuty(duty.templateId, duty.citation);
  const citations = template?.citations ?? [];
  const reviewState = reviewStateOf(duty);
  return {
    id: duty.id,
    templateId: duty.templateId,
    title: duty.title,
    organization: { id: duty.organizationId, name: duty.organization?.name ?? null },
    responsible: { id: duty.responsiblePersonId, name: duty.responsiblePerson?.name ?? null },
    counterpart: duty.counterpartPersonId
      ? {
          id: duty.counterpartPersonId,
          name: duty.counterpartPerson?.name ?? null,
          organizationId: duty.counterpartOrganizationId,
          organizationName: duty.counterpartOrganization?.name ?? null,
        }
      : null,
    periodKey: duty.periodKey,
    periodLabel: duty.periodLabel,
    dueDate: duty.dueDate,
    dueAt: duty.dueAt.toISOString(),
    status: duty.status,
    statusLabel: DUTY_STATUS_LABELS[duty.status],
    /** 蓝 on track, 黄 within the warning window, 红 overdue; null once closed. */
    colour,
    colourLabel: colour ? DUTY_COLOUR_LABELS[colour] : null,
    acknowledgedAt: duty.acknowledgedAt?.toISOString() ?? null,
    cancelReason: duty.cancelReason,
    citation: duty.citation,
    /** The same clauses one by one, with the words of the document that impose the duty. */
    citations: citations.map(({ document, clause, quote }) => ({ document, clause, quote })),
    /** What a completion must hold, as the duty's template asks: heldOn, counterpart, note, file (with what file, in words). */
    evidenceRequired: evidenceRequirements(template),
    policy: duty.policy,
    workflowId: duty.workflowId,
    completedAt: duty.completedAt?.toISOString() ?? null,
    completion: duty.completion,
    /** The supervising body's review of the completion; null while the duty is open and was never returned. */
    reviewState,
    reviewStateLabel: reviewState ? REVIEW_STATE_LABELS[reviewState] : null,
    /** How many times the completion was returned, and the reason of the last return. */
    returnCount: duty.returnCount,
    returnReason: duty.returnReason,
    /** 评议 (述责述廉 only, where the regime has it). */
    appraisal: appraisalOf(duty, citations),
    createdAt: duty.createdAt.toISOString(),
  };
}

export type DutyView = ReturnType<typeof toDutyView>;


export function toEventView(event: DutyEventEntity) {
  return {
    id: event.id,
    type: event.type,
    label: DUTY_EVENT_LABELS[event.type],
    at: event.at.toISOString(),
    actor: event.actorKind === 'system' ? { kind: 'system' as const, personId: null } : { kind: 'person' as const, personId: event.actorPersonId },
    data: event.data,
  };
}

