import { renderMessage, TemplateName } from '@duban/notifications';
import { NotificationEntity, PersonEntity } from '@duban/persistence';
import { EntityManager, In, IsNull } from 'typeorm';
import { ActivityDeps } from '../activity-deps';

export interface NotificationRequest {
  dutyId: string;
  stepKey: string;
  template: TemplateName;
  recipients: PersonEntity[];
  data: Record<string, unknown>;
}

/**
 * Records one message per (duty, step, recipient) inside the caller's transaction. A retried step
 * inserts nothing new: the unique key holds the line.
 */
export async function enqueueNotifications(manager: EntityManager, request: NotificationRequest): Promise<void> {
  const unique = dedupeRecipients(request.recipients);
  if (unique.length === 0) return;
  const rows = unique.map((person) => {
    const message = renderMessage(request.template, { ...request.data, recipientName: person.name });
    return {
      dutyId: request.dutyId,
      stepKey: request.stepKey,
      recipientPersonId: person.id,
      channel: 'email' as const,
      address: person.email,
      subject: message.subject,
      body: message.text,
      status: 'pending' as const,
    };
  });
  await manager.createQueryBuilder().insert().into(NotificationEntity).values(rows).orIgnore().execute();
}

/**
 * Sends the step's messages not sent yet, each marked sent right after the server accepted it.
 * Returns how many recipients the step has reached in all.
 */
export async function deliverNotifications(deps: ActivityDeps, dutyId: string, stepKey: string): Promise<number> {
  const repo = deps.dataSource.getRepository(NotificationEntity);
  const pending = await repo.find({ where: { dutyId, stepKey, sentAt: IsNull() }, order: { createdAt: 'ASC' } });
  for (const row of pending) {
    await repo.increment({ id: row.id }, 'attempts', 1);
    await deps.notifier.send({
      to: [{ name: row.address, address: row.address }],
      subject: row.subject,
      text: row.body,
      messageId: `<${row.id}@duban>`,
    });
    await repo.update({ id: row.id, sentAt: IsNull() }, { status: 'sent', sentAt: new Date() });
    deps.log.info({ dutyId, stepKey, to: row.address }, '通知已发送');
  }
  return repo.count({ where: { dutyId, stepKey, status: In(['sent']) } });
}

function dedupeRecipients(people: PersonEntity[]): PersonEntity[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
