import { dueDateOf } from '@duban/domain';
import { StepResult } from '@duban/contracts';
import { applyDutyCommandOrThrow, ExtensionRequestEntity, personActor, PersonEntity, setAuditActor } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';
import { notFound } from '../temporal/not-found';

export interface ApplyNewDueDateInput {
  dutyId: string;
  requestId: string;
  newDueAt: string;
  actorPersonId: string;
  reason: string | null;
}

/** A granted extension: the request is granted, the due date moves, the leader is told. */
export function applyNewDueDateActivity(deps: ActivityDeps) {
  return async function applyNewDueDate({ dutyId, requestId, newDueAt, actorPersonId, reason }: ApplyNewDueDateInput): Promise<StepResult> {
    const stepKey = `extension:${requestId}`;
    const open = await deps.dataSource.transaction(async (manager) => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      if (!ctx.open) return false;
      const due = new Date(newDueAt);
      await setAuditActor(manager, personActor(actorPersonId));
      const decider = await manager.getRepository(PersonEntity).findOneBy({ id: actorPersonId });
      const granted = await manager.update(
        ExtensionRequestEntity,
        { id: requestId, status: 'pending' },
        { status: 'granted', decidedByPersonId: actorPersonId, decisionReason: reason, grantedDueAt: due, decidedAt: new Date() },
      );
      // Already decided: granted by this very step (a retry) goes on; refused or granted otherwise changes nothing.
      if (!granted.affected) {
        const request = await manager.getRepository(ExtensionRequestEntity).findOneBy({ id: requestId });
        if (!request) throw notFound('ExtensionRequestNotFound', `延期申请不存在：${requestId}`, { dutyId, requestId });
        if (request.status !== 'granted' || request.grantedDueAt?.getTime() !== due.getTime()) return true;
      }
      const previousDueAt = ctx.duty.dueAt.toISOString();
      await applyDutyCommandOrThrow(manager, ctx.duty, {
        event: { kind: 'extension_granted' },
        changes: { dueAt: due, dueDate: dueDateOf(due, deps.timeZone) },
        timeline: {
          type: 'extended',
          dedupeKey: stepKey,
          actorKind: 'person',
          actorPersonId,
          data: { requestId, previousDueAt, newDueAt: due.toISOString(), ...(reason ? { reason } : {}), to: [ctx.responsible.id] },
        },
      });
      await enqueueNotifications(manager, {
        dutyId,
        stepKey,
        template: 'extensionGranted',
        recipients: [ctx.responsible],
        data: { ...ctx.fields, dutyUrl: consoleLinks(deps.publicUrl).duty(dutyId), dueDate: dueDateOf(due, deps.timeZone), deciderName: decider?.name ?? '监督人员', reason: reason ?? '' },
      });
      return true;
    });
    if (open) await deliverNotifications(deps, dutyId, stepKey);
    return { open };
  };
}
