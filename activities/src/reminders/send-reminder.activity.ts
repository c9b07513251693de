import { StepResult } from '@duban/contracts';
import { appendDutyEvent } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';

/**
 * Reminds the responsible leader: before the due date ("还有 N 天") or after it ("已逾期 N 天"), judged by
 * the step's own moment. One email per step, however often retried.
 */
export function sendReminderActivity(deps: ActivityDeps) {
  return async function sendReminder({ dutyId, stepKey, at }: { dutyId: string; stepKey: string; at: string }): Promise<StepResult> {
    const open = await deps.dataSource.transaction(async (manager) => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      if (!ctx.open) return false;
      // Counted from the step's scheduled moment, so a retried or late activity still says what the step meant.
      const left = ctx.duty.dueAt.getTime() - Date.parse(at);
      const overdue = left <= 0;
      const dutyUrl = consoleLinks(deps.publicUrl).duty(dutyId);
      await appendDutyEvent(manager, { dutyId, type: 'reminded', dedupeKey: stepKey, actorKind: 'system', data: { step: stepKey, to: [ctx.responsible.id] } });
      await enqueueNotifications(manager, {
        dutyId,
        stepKey,
        template: overdue ? 'overdueReminder' : 'reminder',
        recipients: [ctx.responsible],
        data: overdue ? { ...ctx.fields, dutyUrl, overdueDays: Math.floor(-left / 86_400_000) } : { ...ctx.fields, dutyUrl, daysLeft: Math.ceil(left / 86_400_000) },
      });
      return true;
    });
    if (open) await deliverNotifications(deps, dutyId, stepKey);
    return { open };
  };
}
