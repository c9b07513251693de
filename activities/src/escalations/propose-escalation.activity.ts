import { Audience, dueDateOf } from '@duban/domain';
import { ProposalResult } from '@duban/contracts';
import { applyDutyCommandOrThrow, EscalationProposalEntity, holdersOf } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';
import { resolveAudience } from './audience';

export interface ProposeEscalationInput {
  dutyId: string;
  round: number;
  level: number;
  decidesBy: string;
  notify: Audience[];
}

/** At a level's delay: propose escalating to the level's audience and ask the same-level supervisors to decide. */
export function proposeEscalationActivity(deps: ActivityDeps) {
  return async function proposeEscalation({ dutyId, round, level, decidesBy, notify }: ProposeEscalationInput): Promise<ProposalResult> {
    const stepKey = `r${round}:l${level}:proposed`;
    const proposalId = await deps.dataSource.transaction(async (manager) => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      if (!ctx.open) return null;
      const { target } = await resolveAudience(manager, ctx.duty.organizationId, notify);
      const targetId = target?.id ?? null;
      await manager
        .createQueryBuilder()
        .insert()
        .into(EscalationProposalEntity)
        .values({ dutyId, round, level, targetOrganizationId: targetId, audience: notify, status: 'pending', decidesBy: new Date(decidesBy) })
        .orIgnore()
        .execute();
      const proposal = await manager.getRepository(EscalationProposalEntity).findOneByOrFail({ dutyId, round, level });
      const deciders = await holdersOf(manager, ctx.duty.organizationId, ['discipline_secretary', 'organization_head']);
      await applyDutyCommandOrThrow(manager, ctx.duty, {
        event: { kind: 'escalation_proposed' },
        timeline: {
          type: 'escalation_proposed',
          dedupeKey: stepKey,
          actorKind: 'system',
          data: { proposalId: proposal.id, level, targetOrganizationId: targetId, decidesBy, to: deciders.map((d) => d.person.id) },
        },
      });
      await enqueueNotifications(manager, {
        dutyId,
        stepKey,
        template: 'escalationProposed',
        recipients: deciders.map((d) => d.person),
        data: { ...ctx.fields, approvalUrl: consoleLinks(deps.publicUrl).escalationProposal(proposal.id), targetName: target?.name ?? '上级党组织', decidesBy: dueDateOf(decidesBy, deps.timeZone) },
      });
      return proposal.id;
    });
    if (proposalId) await deliverNotifications(deps, dutyId, stepKey);
    return { open: proposalId !== null, proposalId };
  };
}
