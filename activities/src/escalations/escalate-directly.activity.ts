import { Audience } from '@duban/domain';
import { StepResult } from '@duban/contracts';
import { applyDutyCommandOrThrow, EscalationProposalEntity } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { deliverNotifications } from '../notifications/notification-outbox';
import { resolveAudience } from './audience';
import { sendEscalation } from './send-escalation';

/** A level that needs no approval: recorded as an escalation that went out, with its warning notice. */
export function escalateDirectlyActivity(deps: ActivityDeps) {
  return async function escalateDirectly({ dutyId, round, level, notify }: { dutyId: string; round: number; level: number; notify: Audience[] }): Promise<StepResult> {
    const stepKey = `r${round}:l${level}:escalated`;
    const open = await deps.dataSource.transaction(async (manager) => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      if (!ctx.open) return false;
      const { target } = await resolveAudience(manager, ctx.duty.organizationId, notify);
      const now = new Date();
      await manager
        .createQueryBuilder()
        .insert()
        .into(EscalationProposalEntity)
        .values({ dutyId, round, level, targetOrganizationId: target?.id ?? null, audience: notify, status: 'escalated', decidesBy: now, decidedAt: now })
        .orIgnore()
        .execute();
      const proposal = await manager.getRepository(EscalationProposalEntity).findOneByOrFail({ dutyId, round, level });
      const sent = await sendEscalation(manager, ctx, proposal, { kind: 'direct' }, stepKey, deps);
      await applyDutyCommandOrThrow(manager, ctx.duty, {
        event: { kind: 'escalated' },
        timeline: {
          type: 'escalation_direct',
          dedupeKey: stepKey,
          actorKind: 'system',
          data: { proposalId: proposal.id, level, noticeNumber: sent.noticeNumber, targetOrganizationId: target?.id ?? null, to: sent.to, ...(sent.missing.length ? { unreachable: sent.missing } : {}) },
        },
      });
      return true;
    });
    if (open) await deliverNotifications(deps, dutyId, stepKey);
    return { open };
  };
}
