import { calendarDate, ChaseDecision, DecisionOutcome, DutyEventType } from '@duban/domain';
import { appendDutyEvent, DutyEntity, EscalationProposalEntity, holdersOf, PersonEntity, ProposalStatus } from '@duban/persistence';
import { EntityManager } from 'typeorm';
import { ActivityDeps } from '../activity-deps';
import { DutyContext, loadDutyForUpdate } from '../duties/duty-context';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';

export interface ApplyDecisionInput {
  dutyId: string;
  proposalId: string;
  decision: ChaseDecision;
}

const STATUS_OF: Record<ChaseDecision['kind'], DecisionOutcome['status']> = {
  approve: 'approved',
  timeout: 'auto_escalated',
  reject: 'rejected',
  extend: 'extended',
};

const EVENT_OF: Record<DecisionOutcome['status'], DutyEventType> = {
  approved: 'escalation_approved',
  auto_escalated: 'escalation_auto',
  rejected: 'escalation_rejected',
  extended: 'extended',
};

/**
 * Carries out a decision on a proposed escalation: approval (or the timeout) warns the higher body's
 * 一把手 and 纪委书记; a rejection keeps the duty overdue with the reason; an extension moves the due date
 * and tells the responsible leader. Retried, it repeats nothing.
 */
export function applyDecisionActivity(deps: ActivityDeps) {
  return async function applyDecision({ dutyId, proposalId, decision }: ApplyDecisionInput): Promise<DecisionOutcome> {
    const { outcome, stepKey } = await deps.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(EscalationProposalEntity).findOneOrFail({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
      const stepKey = `r${proposal.round}:l${proposal.level}:decision`;
      if (proposal.status !== 'pending') return { outcome: storedOutcome(proposal), stepKey };

      const ctx = await loadDutyForUpdate(manager, dutyId, deps.timeZone);
      const status = STATUS_OF[decision.kind];
      const actorPersonId = decision.kind === 'timeout' ? null : decision.actorPersonId;
      const decider = actorPersonId ? await manager.getRepository(PersonEntity).findOneBy({ id: actorPersonId }) : null;
      const reason = decision.kind === 'reject' ? decision.reason : decision.kind === 'extend' ? decision.reason ?? null : decision.kind === 'approve' ? decision.note ?? null : null;
      const newDueAt = decision.kind === 'extend' ? new Date(decision.newDueAt) : null;

      await manager.update(EscalationProposalEntity, { id: proposalId }, { status: status as ProposalStatus, decidedAt: new Date(), decidedByPersonId: actorPersonId, reason, newDueAt });
      await manager.update(DutyEntity, { id: dutyId }, dutyChange(ctx, status, newDueAt, deps.timeZone));
      const recipients = await recipientsOf(manager, ctx, proposal, status);
      await appendDutyEvent(manager, {
        dutyId,
        type: EVENT_OF[status],
        dedupeKey: stepKey,
        actorKind: actorPersonId ? 'person' : 'system',
        actorPersonId,
        data: {
          proposalId,
          level: proposal.level,
          ...(reason ? { reason } : {}),
          ...(newDueAt ? { previousDueAt: ctx.duty.dueAt.toISOString(), newDueAt: newDueAt.toISOString() } : {}),
          targetOrganizationId: proposal.targetOrganizationId,
          to: recipients.map((p) => p.id),
        },
      });
      const template = status === 'extended' ? 'extensionGranted' : status === 'rejected' ? null : 'escalationWarning';
      if (template) {
        await enqueueNotifications(manager, {
          dutyId,
          stepKey,
          template,
          recipients,
          data: {
            ...ctx.fields,
            ...(newDueAt ? { dueDate: calendarDate(newDueAt, deps.timeZone) } : {}),
            auto: status === 'auto_escalated',
            decidesBy: calendarDate(proposal.decidesBy, deps.timeZone),
            deciderName: decider?.name ?? '系统',
            note: reason ?? '',
            reason: reason ?? '',
          },
        });
      }
      const outcome: DecisionOutcome = { proposalId, status, notified: 0, ...(newDueAt ? { newDueAt: newDueAt.toISOString() } : {}) };
      return { outcome, stepKey };
    });
    const notified = await deliverNotifications(deps, dutyId, stepKey);
    return { ...outcome, notified };
  };
}

function dutyChange(ctx: DutyContext, status: DecisionOutcome['status'], newDueAt: Date | null, timeZone: string): Partial<DutyEntity> {
  if (!ctx.open) return {};
  if (status === 'extended' && newDueAt) return { status: 'pending', dueAt: newDueAt, dueDate: calendarDate(newDueAt, timeZone) };
  return { status: status === 'rejected' ? 'overdue' : 'escalated' };
}

/** Approval and timeout warn the higher body; an extension tells the responsible leader; a rejection tells nobody. */
async function recipientsOf(manager: EntityManager, ctx: DutyContext, proposal: EscalationProposalEntity, status: DecisionOutcome['status']): Promise<PersonEntity[]> {
  if (status === 'extended') return [ctx.responsible];
  if (status === 'rejected' || !proposal.targetOrganizationId) return [];
  const holders = await holdersOf(manager, proposal.targetOrganizationId, ['principal', 'discipline_secretary']);
  return holders.map((h) => h.person);
}

function storedOutcome(proposal: EscalationProposalEntity): DecisionOutcome {
  const status = proposal.status === 'withdrawn' || proposal.status === 'pending' ? 'rejected' : proposal.status;
  return { proposalId: proposal.id, status, notified: 0, ...(proposal.newDueAt ? { newDueAt: proposal.newDueAt.toISOString() } : {}) };
}
