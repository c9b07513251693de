import { StepResult } from '@duban/contracts';
import { PersonEntity } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';
import { notFound } from '../temporal/not-found';

/** The responsible position changed holder (the API moved the duty): tell the new holder it is theirs. */
export function notifyReassignmentActivity(deps: ActivityDeps) {
  return async function notifyReassignment({ dutyId, stepKey, personId }: { dutyId: string; stepKey: string; personId: string }): Promise<StepResult> {
    const open = await deps.dataSource.transaction(async (manager) => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      if (!ctx.open) return false;
      const person = await manager.getRepository(PersonEntity).findOneBy({ id: personId });
      if (!person) throw notFound('PersonNotFound', `人员不存在：${personId}`, { dutyId, personId });
      await enqueueNotifications(manager, { dutyId, stepKey, template: 'reassigned',
        recipients: [person],
        data: { ...ctx.fields, dutyUrl: consoleLinks(deps.publicUrl).duty(dutyId) },
      });
      return true;
    });
    if (open) await deliverNotifications(deps, dutyId, stepKey);
    return { open };
  };
}
