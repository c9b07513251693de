import { dueDateOf } from '@duban/domain';
import { StepResult } from '@duban/contracts';
import { ExtensionRequestEntity, holdersOf, PersonEntity } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';
import { notFound } from '../temporal/not-found';

/** A request asks the same-level 纪委书记 and 组织部长 to decide; a refusal tells the leader. */
export function notifyExtensionRequestActivity(deps: ActivityDeps) {
  return async function notifyExtensionRequest({ dutyId, requestId, event }: { dutyId: string; requestId: string; event: 'requested' | 'refused' }): Promise<StepResult> {
    const stepKey = `extension:${requestId}:${event}`;
    const links = consoleLinks(deps.publicUrl);
    const open = await deps.dataSource.transaction(async (manager) => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      const request = await manager.getRepository(ExtensionRequestEntity).findOneBy({ id: requestId });
      if (!request) throw notFound('ExtensionRequestNotFound', `延期申请不存在：${requestId}`, { dutyId, requestId });
      const recipients: PersonEntity[] =
        event === 'requested' ? (await holdersOf(manager, ctx.duty.organizationId, ['discipline_secretary', 'organization_head'])).map((h) => h.person) : [ctx.responsible];
      await enqueueNotifications(manager, {
        dutyId,
        stepKey,
        template: event === 'requested' ? 'extensionRequested' : 'extensionRefused',
        recipients,
        data: {
          ...ctx.fields,
          dutyUrl: links.duty(dutyId),
          approvalUrl: links.extensionRequest(requestId),
          requestedDate: dueDateOf(request.requestedDueAt, deps.timeZone), reason: event === 'requested' ? request.reason : (request.decisionReason ?? ''),
        },
      });
      return ctx.open;
    });
    await deliverNotifications(deps, dutyId, stepKey);
    return { open };
  };
}
