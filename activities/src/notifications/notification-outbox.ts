import { PermanentRefusalError, renderMessage, TemplateName } from '@duban/notifications';
import { NotificationEntity, PersonEntity, ReminderLetterEntity, WarningNoticeEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';
import { ActivityDeps } from '../activity-deps';

export interface NotificationRequest {
  dutyId: string;
  stepKey: string;
  template: TemplateName;
  recipients: PersonEntity[];
  data: Record<string, unknown>;
  /** A warning notice whose PDF is attached. */
  attachmentNoticeId?: string;
  /** A reminder letter (履责提醒函) whose PDF is attached. */
  attachmentLetterId?: string;
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
      attachmentLetterId: request.attachmentLetterId ?? null,
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
  const pending = await repo.find({ select: { id: true }, where: { dutyId, stepKey, status: 'pending' }, order: { createdAt: 'ASC' } });
  for (const { id } of pending) {
    try {
      await deps.dataSource.transaction(async (manager) => {
        const row = await manager
          .getRepository(NotificationEntity)
          .createQueryBuilder('n')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where("n.id = :id AND n.status = 'pending'", { id })
          .getOne();
        if (!row) return;
        const notice = row.attachmentNoticeId ? await manager.getRepository(WarningNoticeEntity).findOneByOrFail({ id: row.attachmentNoticeId }) : null;
        const letter = row.attachmentLetterId ? await manager.getRepository(ReminderLetterEntity).findOneByOrFail({ id: row.attachmentLetterId }) : null;
        await deps.notifier.send({
          to: [{ name: row.address, address: row.address }],
          subject: row.subject,
          text: row.body,
          messageId: `<${row.id}@duban>`,
          attachments: notice
            ? [{ filename: `预警函-${notice.number}.pdf`, content: notice.pdf, contentType: 'application/pdf' }]
            : letter
              ? [{ filename: `履责提醒函-${letter.number}.pdf`, content: letter.pdf, contentType: 'application/pdf' }]
              : undefined,
        });
        await manager.update(NotificationEntity, { id }, { status: 'sent', sentAt: new Date(), attempts: row.attempts + 1 });
        deps.log.info({ dutyId, stepKey, to: row.address }, '通知已发送');
      });
    } catch (error) {
      if (error instanceof PermanentRefusalError) {
        // The server will never take this address: record it and let the chase go on.
        await repo.update({ id, status: 'pending' }, { status: 'failed', attempts: () => 'attempts + 1' });
        deps.log.warn({ dutyId, stepKey, error: (error as Error).message }, '邮件被服务器永久拒收，已记录');
        continue;
      }
      await repo.increment({ id, status: 'pending' }, 'attempts', 1);
      throw error;
    }
  }
  // A row another attempt holds (a timed-out attempt still sending) must not count as done: retry later.
  const unsent = await repo.count({ where: { dutyId, stepKey, status: 'pending' } });
  if (unsent > 0) throw new Error(`本步骤尚有 ${unsent} 封邮件未发出（可能正由另一次尝试发送），稍后重试`);
  return repo.count({ where: { dutyId, stepKey, status: 'sent' } });
}

function dedupeRecipients(people: PersonEntity[]): PersonEntity[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
