import { dueDateOf, DutyEventType, DutyLifecycleEvent } from '@duban/domain';
import { ChaseDecision, DecisionOutcome } from '@duban/contracts';
import { applyDutyCommandOrThrow, DutyChanges, EscalationProposalEntity, personActor, PersonEntity, ProposalStatus, setAuditActor, WarningNoticeEntity } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';
import { notFound } from '../temporal/not-found';
import { sendEscalation } from './send-escalation';

export interface ApplyDecisionInput {
  dutyId: string;
  proposalId: string;
  decision: ChaseDecision;
}

const STATUS_OF: Record<ChaseDecision['kind'], Exclude<DecisionOutcome['status'], 'withdrawn'>> = {
  approve: 'approved',
  timeout: 'auto_escalated',
  reject: 'rejected',
  extend: 'extended',
};

const LIFECYCLE_EVENT_OF: Record<Exclude<DecisionOutcome['status'], 'withdrawn'>, DutyLifecycleEvent> = {
  approved: { kind: 'decision_approved' },
  auto_escalated: { kind: 'decision_approved' },
  rejected: { kind: 'decision_rejected' },
  extended: { kind: 'decision_extended' },
};

const EVENT_OF: Record<Exclude<DecisionOutcome['status'], 'withdrawn'>, DutyEventType> = {
  approved: 'escalation_approved',
  auto_escalated: 'escalation_auto',
  rejected: 'escalation_rejected',
  extended: 'extended',
};

/**
 * Carries out a decision on a proposed escalation: approval (or the timeout) issues a numbered warning
 * notice and emails it to the level's audience; a rejection keeps the duty overdue with the reason; a new
 * date moves the due date and tells the responsible leader. Retried, it repeats nothing.
 */
export function applyDecisionActivity(deps: ActivityDeps) {
  return async function applyDecision({ dutyId, proposalId, decision }: ApplyDecisionInput): Promise<DecisionOutcome> {
    const { outcome, stepKey } = await deps.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(EscalationProposalEntity).findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
      if (!proposal) throw notFound('ProposalNotFound', `升级建议不存在：${proposalId}`, { dutyId, proposalId });
      const stepKey = `r${proposal.round}:l${proposal.level}:decision`;
      if (proposal.status !== 'pending') {
        const notice = await manager.getRepository(WarningNoticeEntity).findOneBy({ proposalId });
        return { outcome: storedOutcome(proposal, notice?.number), stepKey };
      }

      const ctx = await loadDutyForUpdate(manager, dutyId);
      if (!ctx.open) {
        // Completed or cancelled meanwhile (a lost signal): nobody is warned about a closed duty.
        await manager.update(EscalationProposalEntity, { id: proposalId }, { status: 'withdrawn', decidedAt: new Date() });
        return { outcome: { proposalId, status: 'withdrawn' as const, notified: 0 }, stepKey };
      }
      const status = STATUS_OF[decision.kind];
      const actorPersonId = decision.kind === 'timeout' ? null : decision.actorPersonId;
      // The audit trail names the supervisor who decided; a timeout stays the system's decision.
      if (actorPersonId) await setAuditActor(manager, personActor(actorPersonId));
      const decider = actorPersonId ? await manager.getRepository(PersonEntity).findOneBy({ id: actorPersonId }) : null;
      const reason = decision.kind === 'reject' ? decision.reason : decision.kind === 'extend' ? (decision.reason ?? null) : decision.kind === 'approve' ? (decision.note ?? null) : null;
      const newDueAt = decision.kind === 'extend' ? new Date(decision.newDueAt) : null;

      await manager.update(EscalationProposalEntity, { id: proposalId }, { status: status as ProposalStatus, decidedAt: new Date(), decidedByPersonId: actorPersonId, reason, newDueAt });

      let sent: { noticeNumber?: string; to: string[]; missing?: string[] } = { to: [] };
      if (status === 'approved' || status === 'auto_escalated') {
        const how = status === 'approved' ? { kind: 'approved' as const, deciderName: decider?.name ?? '监督人员', note: reason ?? '' } : { kind: 'auto' as const };
        sent = await sendEscalation(manager, ctx, proposal, how, stepKey, deps);
      } else if (status === 'extended' && newDueAt) {
        await enqueueNotifications(manager, {
          dutyId,
          stepKey,
          template: 'extensionGranted',
          recipients: [ctx.responsible],
          data: { ...ctx.fields, dutyUrl: consoleLinks(deps.publicUrl).duty(dutyId), dueDate: dueDateOf(newDueAt, deps.timeZone), deciderName: decider?.name ?? '监督人员', reason: reason ?? '' },
        });
        sent = { to: [ctx.responsible.id] };
      }
      await applyDutyCommandOrThrow(manager, ctx.duty, {
        event: LIFECYCLE_EVENT_OF[status],
        changes: dutyChanges(newDueAt, deps.timeZone),
        timeline: {
          type: EVENT_OF[status],
          dedupeKey: stepKey,
          actorKind: actorPersonId ? 'person' : 'system',
          actorPersonId,
          data: {
            proposalId,
            level: proposal.level,
            ...(reason ? { reason } : {}),
            ...(newDueAt ? { previousDueAt: ctx.duty.dueAt.toISOString(), newDueAt: newDueAt.toISOString() } : {}),
            ...(sent.noticeNumber ? { noticeNumber: sent.noticeNumber } : {}),
            ...(sent.missing?.length ? { unreachable: sent.missing } : {}),
            targetOrganizationId: proposal.targetOrganizationId,
            to: sent.to,
          },
        },
      });
      const outcome: DecisionOutcome = {
        proposalId,
        status,
        notified: 0,
        ...(newDueAt ? { newDueAt: newDueAt.toISOString() } : {}),
        ...(sent.noticeNumber ? { noticeNumber: sent.noticeNumber } : {}),
      };
      return { outcome, stepKey };
    });
    const notified = await deliverNotifications(deps, dutyId, stepKey);
    return { ...outcome, notified };
  };
}

/** The duty's status follows from the decision (the lifecycle); a new date also moves the due date. */
function dutyChanges(newDueAt: Date | null, timeZone: string): DutyChanges {
  return newDueAt ? { dueAt: newDueAt, dueDate: dueDateOf(newDueAt, timeZone) } : {};
}

function storedOutcome(proposal: EscalationProposalEntity, noticeNumber?: string): DecisionOutcome {
  const status = proposal.status === 'pending' ? 'rejected' : proposal.status === 'escalated' ? 'auto_escalated' : proposal.status;
  return {
    proposalId: proposal.id,
    status,
    notified: 0,
    ...(proposal.newDueAt ? { newDueAt: proposal.newDueAt.toISOString() } : {}),
    ...(noticeNumber ? { noticeNumber } : {}),
  };
}
