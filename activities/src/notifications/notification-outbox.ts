import { renderMessage, TemplateName } from '@duban/notifications';
import { NotificationEntity, PersonEntity, WarningNoticeEntity } from '@duban/persistence';
import { EntityManager, IsNull } from 'typeorm';
import { ActivityDeps } from '../activity-deps';

export interface NotificationRequest {
  dutyId: string;
  stepKey: string;
  template: TemplateName;
  recipients: PersonEntity[];
  data: Record<string, unknown>;
  /** A warning notice whose PDF is attached. */
  attachmentNoticeId?: string;
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
      attachmentNoticeId: request.attachmentNoticeId ?? null,
    };
  });
  await manager.createQueryBuilder().insert().into(NotificationEntity).values(rows).orIgnore().execute();
}

/**
 * Sends the step's messages not sent yet. Each row is locked while it is sent (SKIP LOCKED), so two
 * concurrent attempts of the same step never send the same message twice; it is marked sent in the same
 * transaction. Returns how many recipients the step has reached in all.
 */
export async function deliverNotifications(deps: ActivityDeps, dutyId: string, stepKey: string): Promise<number> {
  const repo = deps.dataSource.getRepository(NotificationEntity);
  const pending = await repo.find({ select: { id: true }, where: { dutyId, stepKey, sentAt: IsNull() }, order: { createdAt: 'ASC' } });
  for (const { id } of pending) {
    try {
      await deps.dataSource.transaction(async (manager) => {
        const row = await manager
          .getRepository(NotificationEntity)
          .createQueryBuilder('n')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where('n.id = :id AND n.sent_at IS NULL', { id })
          .getOne();
        if (!row) return;
        const notice = row.attachmentNoticeId ? await manager.getRepository(WarningNoticeEntity).findOneByOrFail({ id: row.attachmentNoticeId }) : null;
        await deps.notifier.send({
          to: [{ name: row.address, address: row.address }],
          subject: row.subject,
          text: row.body,
          messageId: `<${row.id}@duban>`,
          attachments: notice ? [{ filename: `预警函-${notice.number}.pdf`, content: notice.pdf, contentType: 'application/pdf' }] : undefined,
        });
        await manager.update(NotificationEntity, { id }, { status: 'sent', sentAt: new Date(), attempts: row.attempts + 1 });
        deps.log.info({ dutyId, stepKey, to: row.address }, '通知已发送');
      });
    } catch (error) {
      await repo.increment({ id, sentAt: IsNull() }, 'attempts', 1);
      throw error;
    }
  }
  return repo.count({ where: { dutyId, stepKey, status: 'sent' } });
}

function dedupeRecipients(people: PersonEntity[]): PersonEntity[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
