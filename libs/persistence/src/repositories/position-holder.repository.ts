import { OPEN_DUTY_STATUSES } from '@duban/domain';
import { EntityManager, In, IsNull } from 'typeorm';
import { DutyEntity, PositionEntity, PositionHoldingEntity } from '../entities';
import { appendDutyEvent } from './duty-events.repository';

/** A duty whose chase must be told it has a new responsible holder (after commit). */
export interface MovedDuty {
  workflowId: string;
  personId: string;
  seq: number;
}

export interface HolderChange {
  position: PositionEntity;
  previousHolderId: string | null;
  /** The holding the new holder started (null when the post falls vacant or nothing changed). */
  holdingId: string | null;
  /** Holdings that ended, whose tenure clocks stop. */
  endedHoldingIds: string[];
  moved: MovedDuty[];
}

/**
 * A new holder takes the position at `at` (or it falls vacant): the holding history records who held it when,
 * and the open duties the position owes move to the new holder; duties where it is the counterpart follow too.
 * Locks the position; nothing changes when the holder is already that person. Null when the position is gone.
 */
export async function changeHolder(manager: EntityManager, positionId: string, personId: string | null, at: Date): Promise<HolderChange | null> {
  const position = await manager.getRepository(PositionEntity).findOne({ where: { id: positionId }, lock: { mode: 'pessimistic_write' } });
  if (!position) return null;
  const previousHolderId = position.holderId;
  if (previousHolderId === personId) return { position, previousHolderId, holdingId: null, endedHoldingIds: [], moved: [] };
  const open = await manager.getRepository(PositionHoldingEntity).findBy({ positionId, endedAt: IsNull() });
  // Effective from the start of a day, but never before the current holding began (a post filled and refilled
  // the same day): the history stays in order, each holding ending when the next begins.
  // (+1 ms: Postgres keeps microseconds, a JavaScript Date only milliseconds.)
  at = new Date(Math.max(at.getTime(), ...open.map((h) => h.startedAt.getTime() + 1)));
  await manager.update(PositionHoldingEntity, { positionId, endedAt: IsNull() }, { endedAt: at });
  await manager.update(PositionEntity, { id: positionId }, { holderId: personId });
  position.holderId = personId;
  const endedHoldingIds = open.map((h) => h.id);
  if (!personId) return { position, previousHolderId, holdingId: null, endedHoldingIds, moved: [] };
  const holding = await manager.getRepository(PositionHoldingEntity).save({ positionId, personId, startedAt: at });
  const moved = await moveOpenDuties(manager, positionId, previousHolderId, personId, at.getTime());
  return { position, previousHolderId, holdingId: holding.id, endedHoldingIds, moved };
}

async function moveOpenDuties(manager: EntityManager, positionId: string, from: string | null, to: string, seq: number): Promise<MovedDuty[]> {
  const open = { status: In([...OPEN_DUTY_STATUSES]) };
  const owed = await manager.getRepository(DutyEntity).find({ where: { responsiblePositionId: positionId, ...open }, lock: { mode: 'pessimistic_write' } });
  const facing = await manager.getRepository(DutyEntity).find({ where: { counterpartPositionId: positionId, ...open }, lock: { mode: 'pessimistic_write' } });
  for (const duty of owed) {
    await manager.update(DutyEntity, { id: duty.id }, { responsiblePersonId: to });
    await appendDutyEvent(manager, { dutyId: duty.id, type: 'reassigned', dedupeKey: `reassigned:${seq}`, actorKind: 'system', data: { role: 'responsible', positionId, from, to } });
  }
  for (const duty of facing) {
    await manager.update(DutyEntity, { id: duty.id }, { counterpartPersonId: to });
    await appendDutyEvent(manager, { dutyId: duty.id, type: 'reassigned', dedupeKey: `reassigned:${seq}:counterpart`, actorKind: 'system', data: { role: 'counterpart', positionId, from, to } });
  }
  return owed.map((d) => ({ workflowId: d.workflowId, personId: to, seq }));
}
