import { StepResult } from '@duban/contracts';
import { appendDutyEvent } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';

/** Asks the responsible leader to acknowledge (签收) a new duty; nothing once acknowledged. */
export function requestAcknowledgementActivity(deps: ActivityDeps) {
  return async function requestAcknowledgement({ dutyId, stepKey }: { dutyId: string; stepKey: string }): Promise<StepResult> {
    const result = await deps.dataSource.transaction(async (manager) => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      if (!ctx.open) return 'closed' as const;
      if (ctx.duty.acknowledgedAt) return 'acknowledged' as const;
      await appendDutyEvent(manager, { dutyId, type: 'acknowledge_requested', dedupeKey: stepKey, actorKind: 'system', data: { to: [ctx.responsible.id] } });
      await enqueueNotifications(manager, { dutyId, stepKey, template: 'acknowledgeRequest',
        recipients: [ctx.responsible],
        data: { ...ctx.fields, dutyUrl: consoleLinks(deps.publicUrl).duty(dutyId) },
      });
      return 'sent' as const;
    });
    if (result === 'sent') await deliverNotifications(deps, dutyId, stepKey);
    return { open: result !== 'closed' };
  };
}
