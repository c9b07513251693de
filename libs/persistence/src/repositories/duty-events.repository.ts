import type { DutyEventType } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { ActorKind, DutyEventEntity } from '../entities';

export interface NewDutyEvent {
  dutyId: string;
  type: DutyEventType;
  /** Unique per duty: the same step retried is recorded once. */
  dedupeKey: string;
  actorKind: ActorKind;
  actorPersonId?: string | null;
  data?: Record<string, unknown>;
  at?: Date;
}

/** Appends a step to a duty's history; returns false when that step was already recorded. */
export async function appendDutyEvent(manager: EntityManager, event: NewDutyEvent): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(DutyEventEntity)
    .values({
      dutyId: event.dutyId,
      type: event.type,
      dedupeKey: event.dedupeKey,
      actorKind: event.actorKind,
      actorPersonId: event.actorPersonId ?? null,
      data: (event.data ?? {}) as object,
      ...(event.at ? { at: event.at } : {}),
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  return result.raw.length > 0;
}
