import { OPEN_DUTY_STATUSES, TenureMilestoneKind, tenureMilestones } from '@duban/domain';
import { DutyEntity, issueEventDuties, PositionEntity, PositionHoldingEntity } from '@duban/persistence';
import { In } from 'typeorm';
import { ActivityDeps } from '../activity-deps';
import { heartbeat } from '../temporal/heartbeat';

const FLAG: Readonly<Record<TenureMilestoneKind, 'auditPriorityFlaggedAt' | 'rotationFlaggedAt'>> = { tenure_3y: 'auditPriorityFlaggedAt', tenure_5y: 'rotationFlaggedAt' };

/**
 * A tenure milestone: only if the person still holds the post (a transfer or removal ended the holding, or
 * someone else holds it now, and nothing happens), the holding is flagged (任中审计优先 / 交流轮岗) and the
 * duties the pack in force names are issued and chased. Idempotent: the flag is set once, duties deduplicated.
 */
export function reachTenureMilestoneActivity(deps: ActivityDeps) {
  return async function reachTenureMilestone({ holdingId, milestone }: { holdingId: string; milestone: TenureMilestoneKind }): Promise<{ stillHeld: boolean; dutyIds: string[] }> {
    const periodKey = `event:${milestone}:${holdingId}`;
    const stillHeld = await deps.dataSource.transaction(async (manager) => {
      const holding = await manager.getRepository(PositionHoldingEntity).findOne({ where: { id: holdingId }, lock: { mode: 'pessimistic_write' } });
      if (!holding || holding.endedAt) return false;
      const position = await manager.getRepository(PositionEntity).findOneBy({ id: holding.positionId });
      if (!position || position.holderId !== holding.personId) return false;
      const startedOn = holding.startedAt.toLocaleDateString('en-CA', { timeZone: deps.timeZone });
      const reached = tenureMilestones(startedOn, deps.timeZone).find((m) => m.kind === milestone)!;
      if (!holding[FLAG[milestone]]) await manager.update(PositionHoldingEntity, { id: holdingId }, { [FLAG[milestone]]: new Date() });
      const event = { kind: milestone, id: `${milestone}:${holdingId}`, organizationId: position.organizationId, date: reached.date, subject: { personId: holding.personId, positionId: position.id } };
      await issueEventDuties(manager, event, deps.timeZone);
      return true;
    });
    if (!stillHeld) return { stillHeld, dutyIds: [] };
    const duties = await deps.dataSource.getRepository(DutyEntity).find({ where: { periodKey, status: In([...OPEN_DUTY_STATUSES]) } });
    heartbeat();
    await deps.chases.start(duties, heartbeat);
    return { stillHeld, dutyIds: duties.map((d) => d.id) };
  };
}
