import { calendarDate, DEFAULT_TIME_ZONE, DutyLifecycleEvent, parseMilestonePeriodKey, RectificationEvent, rectificationTransition } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { DutyEntity, RectificationEntity, RectificationEventEntity } from '../entities';

export interface NewRectificationEvent {
  type: string;
  /** Unique per rectification: a step retried is recorded once. */
  dedupeKey: string;
  actorKind?: 'person' | 'system';
  actorPersonId?: string | null;
  data?: Record<string, unknown>;
}

/** Appends a step to a rectification's history; false when that step was already recorded. */
export async function appendRectificationEvent(manager: EntityManager, rectificationId: string, event: NewRectificationEvent): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(RectificationEventEntity)
    .values({ rectificationId, type: event.type, dedupeKey: event.dedupeKey, actorKind: event.actorKind ?? 'system', actorPersonId: event.actorPersonId ?? null, data: (event.data ?? {}) as object })
    .orIgnore()
    .returning(['id'])
    .execute();
  return (result.raw as unknown[]).length > 0;
}

export function lockRectification(manager: EntityManager, id: string): Promise<RectificationEntity | null> {
  return manager.getRepository(RectificationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/**
 * The one writer of a rectification's status: applies `rectificationTransition` with the columns that change
 * with it and the history step, in the caller's transaction, on a locked row. False: the event changes nothing.
 */
export async function applyRectificationEvent(
  manager: EntityManager,
  rectification: RectificationEntity,
  event: RectificationEvent,
  step: NewRectificationEvent,
  changes: Partial<RectificationEntity> = {},
): Promise<boolean> {
  const next = rectificationTransition({ status: rectification.status, round: rectification.round, returnsThisRound: rectification.returnsThisRound }, event);
  if (!next) return false;
  const update: Partial<RectificationEntity> = { ...changes, status: next.status, round: next.round, returnsThisRound: next.returnsThisRound };
  await manager.update(RectificationEntity, { id: rectification.id }, update);
  Object.assign(rectification, update);
  await appendRectificationEvent(manager, rectification.id, step);
  return true;
}

/**
 * Called by the duty command service, in the duty's transaction, for every command applied to a duty: when
 * the duty is a rectification's milestone, the rectification hears of it (plan or report submitted, report
 * returned or accepted, visit made, talk held). The duty row is locked first, then the rectification's.
 */
export async function onMilestoneDutyCommand(manager: EntityManager, duty: DutyEntity, event: DutyLifecycleEvent, data: Record<string, unknown> | undefined, actorPersonId: string | null): Promise<void> {
  const milestone = parseMilestonePeriodKey(duty.periodKey);
  if (!milestone) return;
  const rectification = await lockRectification(manager, milestone.rectificationId);
  if (!rectification) return;
  const today = calendarDate(new Date(), DEFAULT_TIME_ZONE);
  const by = { actorKind: actorPersonId ? ('person' as const) : ('system' as const), actorPersonId };
  const key = `${duty.id}:${event.kind}:${duty.returnCount}`;
  const info = { dutyId: duty.id, title: duty.title };
  const current = milestone.n === rectification.round;
  switch (`${milestone.milestone}:${event.kind}`) {
    case 'plan:completed':
      await applyRectificationEvent(manager, rectification, { kind: 'plan_submitted' }, { type: 'plan_submitted', dedupeKey: key, ...by, data: info });
      return;
    case 'progress:completed':
      await appendRectificationEvent(manager, rectification.id, { type: 'progress_reported', dedupeKey: key, ...by, data: { ...info, note: duty.completion?.note ?? null } });
      return;
    case 'report:completed':
      if (current) await applyRectificationEvent(manager, rectification, { kind: 'report_submitted' }, { type: 'report_submitted', dedupeKey: key, ...by, data: info });
      return;
    case 'report:completion_returned': {
      if (!current) return;
      const paperOnly = data?.returnKind === 'paper_only';
      await applyRectificationEvent(
        manager,
        rectification,
        { kind: 'report_returned' },
        { type: 'report_returned', dedupeKey: key, ...by, data: { ...info, reason: data?.reason ?? null, returnKind: data?.returnKind ?? 'inadequate', newDeadline: duty.dueDate } },
        { deadline: duty.dueDate, acceptedOn: null, ...(paperOnly ? { paperOnlyAt: new Date() } : {}) },
      );
      return;
    }
    case 'report:completion_accepted':
      if (current) await applyRectificationEvent(manager, rectification, { kind: 'report_accepted' }, { type: 'report_accepted', dedupeKey: key, ...by, data: info }, { acceptedOn: today });
      return;
    case 'visit:completed': {
      if (!current) return;
      if (data?.visitOutcome === 'reopen' && typeof data.newDeadline === 'string') {
        await applyRectificationEvent(
          manager,
          rectification,
          { kind: 'visit_reopened' },
          { type: 'visit_reopened', dedupeKey: key, ...by, data: { ...info, note: duty.completion?.note ?? null, newDeadline: data.newDeadline } },
          { deadline: data.newDeadline, roundStartedOn: today, acceptedOn: null, lateSince: null, escalation: null, admonitionDueOn: null, paperOnlyAt: null },
        );
      } else {
        await applyRectificationEvent(manager, rectification, { kind: 'visit_confirmed' }, { type: 'visit_confirmed', dedupeKey: key, ...by, data: { ...info, note: duty.completion?.note ?? null } }, { closedOn: today });
      }
      return;
    }
    case 'admonition:completed':
      await appendRectificationEvent(manager, rectification.id, { type: 'admonition_held', dedupeKey: key, ...by, data: { ...info, heldOn: duty.completion?.heldOn ?? null } });
      return;
    case 'correction:completed':
      await appendRectificationEvent(manager, rectification.id, { type: 'correction_ordered_done', dedupeKey: key, ...by, data: { ...info, note: duty.completion?.note ?? null } });
      return;
  }
}
