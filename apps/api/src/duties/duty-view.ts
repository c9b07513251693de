import { citationsOfDuty, DUTY_COLOUR_LABELS, DUTY_EVENT_LABELS, DUTY_STATUS_LABELS, dutyColour, evidenceRequirements, templateOfDuty, warningWindowOf } from '@duban/domain';
import { DutyEntity, DutyEventEntity } from '@duban/persistence';

/** What the API shows of a duty: names next to ids, labels next to codes. */
export function toDutyView(duty: DutyEntity, now: Date = new Date()) {
  const colour = dutyColour(duty.status, duty.dueAt, warningWindowOf(duty.policy), now);
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
    citations: citationsOfDuty(duty.templateId, duty.citation).map(({ document, clause, quote }) => ({ document, clause, quote })),
    /** What a completion must hold, as the duty's template asks: heldOn, counterpart, note, file (with what file, in words). */
    evidenceRequired: evidenceRequirements(templateOfDuty(duty.templateId, duty.citation)),
    policy: duty.policy,
    workflowId: duty.workflowId,
    completedAt: duty.completedAt?.toISOString() ?? null,
    completion: duty.completion,
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

