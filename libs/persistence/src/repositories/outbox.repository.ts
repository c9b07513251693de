import { DataSource, EntityManager } from 'typeorm';
import { NotificationEntity, ReminderLetterEntity, WarningNoticeEntity } from '../entities';

/** One message to record: one row per (duty, step, recipient), rendered and addressed. */
export type OutboxRow = Pick<NotificationEntity, 'dutyId' | 'stepKey' | 'recipientPersonId' | 'address' | 'subject' | 'body' | 'attachmentNoticeId' | 'attachmentLetterId'>;

/** A PDF that goes with a message (a warning notice or a reminder letter). */
export interface OutboxAttachment {
  filename: string;
  content: Buffer;
}

/**
 * The notification outbox. Messages are recorded in the step's own transaction (a retried step records nothing
 * new: the unique key holds the line) and sent one row at a time, each locked while it is sent (SKIP LOCKED) and
 * marked sent in the same transaction, so two attempts of one step never send the same message twice.
 */
export const outbox = {
  async record(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((row) => ({ ...row, channel: 'email' as const, status: 'pending' as const }));
    await manager.createQueryBuilder().insert().into(NotificationEntity).values(values).orIgnore().execute();
  },

  /** The ids of the step's messages not sent yet, oldest first. */
  async pending(dataSource: DataSource, dutyId: string, stepKey: string): Promise<string[]> {
    const rows = await dataSource.getRepository(NotificationEntity).find({ select: { id: true }, where: { dutyId, stepKey, status: 'pending' }, order: { createdAt: 'ASC' } });
    return rows.map((r) => r.id);
  },

  /**
   * Sends one message with `send` while its row is locked, and marks it sent in the same transaction. Does
   * nothing when another attempt holds the row or it is no longer pending.
   */
  async sendOne(dataSource: DataSource, id: string, send: (row: NotificationEntity, attachment: OutboxAttachment | null) => Promise<void>): Promise<void> {
    await dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where("n.id = :id AND n.status = 'pending'", { id })
        .getOne();
      if (!row) return;
      await send(row, await attachmentOf(manager, row));
      await manager.update(NotificationEntity, { id }, { status: 'sent', sentAt: new Date(), attempts: row.attempts + 1 });
    });
  },

  /** The channel will never take this message: recorded as failed, and the step goes on. */
  async refused(dataSource: DataSource, id: string): Promise<void> {
    await dataSource.getRepository(NotificationEntity).update({ id, status: 'pending' }, { status: 'failed', attempts: () => 'attempts + 1' });
  },

  /** A passing failure: counted, the row stays pending for the step's retry. */
  async attempted(dataSource: DataSource, id: string): Promise<void> {
    await dataSource.getRepository(NotificationEntity).increment({ id, status: 'pending' }, 'attempts', 1);
  },

  /** How the step's messages stand. */
  async counts(dataSource: DataSource, dutyId: string, stepKey: string): Promise<{ unsent: number; sent: number }> {
    const repo = dataSource.getRepository(NotificationEntity);
    const [unsent, sent] = await Promise.all([repo.count({ where: { dutyId, stepKey, status: 'pending' } }), repo.count({ where: { dutyId, stepKey, status: 'sent' } })]);
    return { unsent, sent };
  },
};

async function attachmentOf(manager: EntityManager, row: NotificationEntity): Promise<OutboxAttachment | null> {
  if (row.attachmentNoticeId) {
    const notice = await manager.getRepository(WarningNoticeEntity).findOneByOrFail({ id: row.attachmentNoticeId });
    return { filename: `预警函-${notice.number}.pdf`, content: notice.pdf };
  }
  if (row.attachmentLetterId) {
    const letter = await manager.getRepository(ReminderLetterEntity).findOneByOrFail({ id: row.attachmentLetterId });
    return { filename: `履责提醒函-${letter.number}.pdf`, content: letter.pdf };
  }
  return null;
}
