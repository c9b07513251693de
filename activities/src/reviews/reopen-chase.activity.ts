import { ReopenResult } from '@duban/contracts';
import { DutyEventEntity, PersonEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';

/** The timeline step of the n-th return (the API writes it when the supervising body returns the completion). */
export const returnedStepKey = (returnSeq: number) => `completion_returned:${returnSeq}`;

/**
 * The first step of a chase started again after its completion was returned. Locks the duty (so it waits for the
 * API's return to commit, or sees it rolled back). When the return committed, tells the responsible leader the
 * reason and the new date (once, by step key); when the duty is still open on that very return, answers the round
 * the new run chases.
 */
export function reopenChaseActivity(deps: ActivityDeps) {
  return async function reopenChase({ dutyId, returnSeq }: { dutyId: string; returnSeq: number }): Promise<ReopenResult> {
    const stepKey = `returned:${returnSeq}`;
    const result = await deps.dataSource.transaction(async (manager): Promise<ReopenResult & { told: boolean }> => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      const returned = await manager.getRepository(DutyEventEntity).findOneBy({ dutyId, dedupeKey: returnedStepKey(returnSeq) });
      // The return rolled back: nothing happened, nobody is told, this run has nothing to chase.
      if (!returned) return { open: false, round: 0, acknowledged: false, told: false };
      // Every return that happened is told, once — even when the leader has redone the duty (or it was returned again) since.
      const data = (returned.data ?? {}) as { reason?: string };
      const reviewer = returned.actorPersonId ? await manager.getRepository(PersonEntity).findOneBy({ id: returned.actorPersonId }) : null;
      await enqueueNotifications(manager, {
        dutyId,
        stepKey,
        template: 'completionReturned',
        recipients: [ctx.responsible],
        data: { ...ctx.fields, dutyUrl: consoleLinks(deps.publicUrl).duty(dutyId), reason: data.reason ?? '', reviewerName: reviewer?.name ?? '监督人员', returnSeq },
      });
      // The duty moved on since this return (redone, or returned again: a later run chases that): nothing to chase here.
      if (!ctx.open || ctx.duty.returnCount !== returnSeq) return { open: false, round: 0, acknowledged: false, told: true };
      // The leader completed the duty once: no more 签收 requests.
      return { open: true, round: (await lastRound(manager, dutyId)) + 1, acknowledged: true, told: true };
    });
    if (result.told) await deliverNotifications(deps, dutyId, stepKey);
    return { open: result.open, round: result.round, acknowledged: result.acknowledged };
  };
}

/** The highest chase round any earlier run of the duty's chase reached (its steps are keyed `r<round>:…`). */
async function lastRound(manager: EntityManager, dutyId: string): Promise<number> {
  const rows: { round: number | null }[] = await manager.query(
    `SELECT max(substring(k FROM '^r([0-9]+):')::int) AS round
       FROM (SELECT dedupe_key AS k FROM duty_events WHERE duty_id = $1
             UNION ALL SELECT step_key FROM notifications WHERE duty_id = $1) keys`,
    [dutyId],
  );
  return rows[0]?.round ?? 0;
}
