import { PermanentRefusalError, renderMessage, TemplateName } from '@duban/notifications';
import { parseMilestonePeriodKey } from '@duban/domain';
import { DutyEntity, outbox, PersonEntity } from '@duban/persistence';
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
 * Records one message per (duty, step, recipient) inside the caller's transaction (see `outbox`). A retried step
 * inserts nothing new: the unique key holds the line.
 */
export async function enqueueNotifications(manager: EntityManager, request: NotificationRequest): Promise<void> {
  const extra = await rectificationLink(manager, request);
  const rows = dedupeRecipients(request.recipients).map((person) => {
    const message = renderMessage(request.template, { ...request.data, ...extra, recipientName: person.name });
    return {
      dutyId: request.dutyId,
      stepKey: request.stepKey,
      recipientPersonId: person.id,
      address: person.email,
      subject: message.subject,
      body: message.text,
      attachmentNoticeId: request.attachmentNoticeId ?? null,
      attachmentLetterId: request.attachmentLetterId ?? null,
    };
  });
  await outbox.record(manager, rows);
}

/**
 * Sends the step's messages not sent yet through the configured driver, each exactly once (see `outbox`).
 * Returns how many recipients the step has reached in all.
 */
export async function deliverNotifications(deps: ActivityDeps, dutyId: string, stepKey: string): Promise<number> {
  for (const id of await outbox.pending(deps.dataSource, dutyId, stepKey)) {
    try {
      await outbox.sendOne(deps.dataSource, id, async (row, attachment) => {
        await deps.notifier.send({
          to: [{ name: row.address, address: row.address }],
          subject: row.subject,
          text: row.body,
          messageId: `<${row.id}@duban>`,
          attachments: attachment ? [{ ...attachment, contentType: 'application/pdf' }] : undefined,
        });
        deps.log.info({ dutyId, stepKey, to: row.address }, '通知已发送');
      });
    } catch (error) {
      if (error instanceof PermanentRefusalError) {
        // The server will never take this address: record it and let the chase go on.
        await outbox.refused(deps.dataSource, id);
        deps.log.warn({ dutyId, stepKey, error: (error as Error).message }, '邮件被服务器永久拒收，已记录');
        continue;
      }
      await outbox.attempted(deps.dataSource, id);
      throw error;
    }
  }
  // A row another attempt holds (a timed-out attempt still sending) must not count as done: retry later.
  const { unsent, sent } = await outbox.counts(deps.dataSource, dutyId, stepKey);
  if (unsent > 0) throw new Error(`本步骤尚有 ${unsent} 封邮件未发出（可能正由另一次尝试发送），稍后重试`);
  return sent;
}

/**
 * A message about a rectification's milestone duty (整改方案、报告、回访…) links to the rectification too: the same
 * console as the duty's link, at `/rectifications/<id>`.
 */
async function rectificationLink(manager: EntityManager, request: NotificationRequest): Promise<{ rectificationLine?: string }> {
  const dutyUrl = request.data.dutyUrl;
  if (typeof dutyUrl !== 'string' || !/\/duties\/[^/]+$/.test(dutyUrl)) return {};
  const duty = await manager.getRepository(DutyEntity).findOne({ select: { id: true, periodKey: true }, where: { id: request.dutyId } });
  const milestone = duty ? parseMilestonePeriodKey(duty.periodKey) : null;
  if (!milestone) return {};
  return { rectificationLine: `\n整改事项：${dutyUrl.replace(/\/duties\/[^/]+$/, `/rectifications/${milestone.rectificationId}`)}` };
}

function dedupeRecipients(people: PersonEntity[]): PersonEntity[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
