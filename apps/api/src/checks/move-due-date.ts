import { dueDateOf, OPEN_DUTY_STATUSES } from '@duban/domain';
import { applyDutyCommand, DutyEntity } from '@duban/persistence';
import { EntityManager, In } from 'typeorm';

/**
 * Moves open duties' due date through the path an applied configuration change takes (lifecycle event
 * `policy_changed`, timeline entry, then the chase's `dutyPolicyChanged` signal, which starts a new round).
 * Returns the duties moved; the caller signals them after the commit.
 */
export async function moveDueDates(manager: EntityManager, dutyIds: string[], dueAt: Date, zone: string, cause: { key: string; reason: string }): Promise<DutyEntity[]> {
  if (dutyIds.length === 0) return [];
  const duties = await manager.getRepository(DutyEntity).find({ where: { id: In(dutyIds), status: In([...OPEN_DUTY_STATUSES]) }, lock: { mode: 'pessimistic_write' } });
  const moved: DutyEntity[] = [];
  for (const duty of duties) {
    if (duty.dueAt.getTime() === dueAt.getTime()) continue;
    const before = { dueDate: duty.dueDate, dueAt: duty.dueAt.toISOString() };
    const dueDate = dueDateOf(dueAt, zone);
    const result = await applyDutyCommand(manager, duty, {
      event: { kind: 'policy_changed', dueMoved: true, dueInFuture: dueAt.getTime() > Date.now() },
      changes: { dueAt, dueDate },
      timeline: { type: 'policy_changed', dedupeKey: `due:${cause.key}:${before.dueAt}>${dueAt.toISOString()}`, actorKind: 'system', data: { reason: cause.reason, before, after: { dueDate, dueAt: dueAt.toISOString() } } },
    });
    if (!result.refused) moved.push(result.duty);
  }
  return moved;
}
