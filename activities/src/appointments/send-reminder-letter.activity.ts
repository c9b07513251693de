import { calendarDate, REMINDER_LETTER_TEMPLATE } from '@duban/domain';
import { applyDutyCommand, AppointmentEntity, DutyEntity, openRegisterRectifications, OrganizationEntity, PersonEntity } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';
import { consoleLinks } from '../notifications/console-links';
import { issueReminderLetter, letterItem } from './reminder-letter';

const STEP = 'reminder-letter';

/**
 * CZ 10: the body above sends the new 一把手 a reminder letter listing the open rectifications. The system
 * writes it (numbered PDF), emails it through the outbox, and records the duty the letter fulfils as done.
 */
export function sendReminderLetterActivity(deps: ActivityDeps) {
  return async function sendRectificationReminderLetter({ appointmentId }: { appointmentId: string }): Promise<{ sent: boolean; number: string | null }> {
    const prepared = await deps.dataSource.transaction(async (manager) => {
      const appointment = await manager.getRepository(AppointmentEntity).findOneBy({ id: appointmentId });
      const found = appointment && (await manager.getRepository(DutyEntity).findOneBy({ periodKey: `event:${appointmentId}`, templateId: REMINDER_LETTER_TEMPLATE }));
      if (!appointment || !found) return null;
      const ctx = await loadDutyForUpdate(manager, found.id);
      const rectifications = await openRegisterRectifications(manager, appointment.organizationId);
      const letter = await issueReminderLetter(manager, appointment, ctx.duty, rectifications, deps.timeZone);
      const recipient = await manager.getRepository(PersonEntity).findOneByOrFail({ id: appointment.personId });
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: appointment.organizationId });
      const links = consoleLinks(deps.publicUrl);
      const listed = rectifications.filter((r) => letter.rectificationIds.includes(r.id));
      const items = listed.map((r, i) => {
        const item = letterItem(r);
        return `${i + 1}. ${item.title}（${item.state}，整改期限 ${item.dueDate}）\n   ${links.rectification(r.id)}`;
      });
      await enqueueNotifications(manager, {
        dutyId: ctx.duty.id,
        stepKey: STEP,
        template: 'reminderLetter',
        recipients: [recipient],
        data: { ...ctx.fields, organizationName: organization.name, number: letter.number, count: letter.rectificationIds.length, items },
        attachmentLetterId: letter.id,
      });
      return { dutyId: ctx.duty.id, letter, open: ctx.open, recipientId: recipient.id };
    });
    if (!prepared) return { sent: false, number: null };
    await deliverNotifications(deps, prepared.dutyId, STEP);
    if (prepared.open) {
      await deps.dataSource.transaction(async (manager) => {
        const today = calendarDate(new Date(), deps.timeZone);
        // Closed meanwhile (cancelled, or this very step retried): the lifecycle refuses and nothing is written.
        await applyDutyCommand(manager, prepared.dutyId, {
          event: { kind: 'completed' },
          changes: {
            completedAt: new Date(),
            completion: { heldOn: today, counterpartPersonId: prepared.recipientId, note: `系统已生成并发送履责提醒函（${prepared.letter.number}）` },
          },
          timeline: { type: 'completed', dedupeKey: 'completed', actorKind: 'system', data: { letterId: prepared.letter.id, number: prepared.letter.number } },
        });
      });
    }
    return { sent: true, number: prepared.letter.number };
  };
}
