import { calendarDate, RECTIFICATION_SOURCE_LABELS, rectificationStatusLabel } from '@duban/domain';
import { renderReminderLetterPdf } from '@duban/notifications';
import { AppointmentEntity, DutyEntity, nextDocumentNumber, OrganizationEntity, PersonEntity, RectificationEntity, ReminderLetterEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';

/**
 * Issues the numbered reminder letter (巡察整改履责提醒函) of an appointment with its PDF, listing the open
 * rectifications of the register; once per appointment.
 * Numbers run per calendar year (see nextDocumentNumber): 整改履责提醒〔2027〕第 N 号.
 */
export async function issueReminderLetter(manager: EntityManager, appointment: AppointmentEntity, duty: DutyEntity, rectifications: RectificationEntity[], timeZone: string): Promise<ReminderLetterEntity> {
  const existing = await manager.getRepository(ReminderLetterEntity).findOneBy({ appointmentId: appointment.id });
  if (existing) return existing;
  const issuedOn = calendarDate(new Date(), timeZone);
  const { year, seq, number } = await nextDocumentNumber(manager, 'reminder-letter', Number(issuedOn.slice(0, 4)));
  const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: appointment.organizationId });
  const issuerOrg = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: duty.organizationId });
  const recipient = await manager.getRepository(PersonEntity).findOneByOrFail({ id: appointment.personId });
  const pdf = await renderReminderLetterPdf({
    number,
    issuedOn,
    issuer: issuerOrg.name,
    organization: organization.name,
    recipientName: recipient.name,
    appointedOn: appointment.effectiveOn,
    items: rectifications.map(letterItem),
    citation: duty.citation,
  });
  return manager.getRepository(ReminderLetterEntity).save({
    appointmentId: appointment.id,
    dutyId: duty.id,
    organizationId: organization.id,
    recipientPersonId: recipient.id,
    rectificationDutyIds: [],
    rectificationIds: rectifications.map((r) => r.id),
    year,
    seq,
    number,
    pdf,
  });
}

/** One open rectification as the letter lists it: its source and problem, its state, its deadline. */
export function letterItem(r: RectificationEntity): { title: string; dueDate: string; state: string } {
  return { title: `【${RECTIFICATION_SOURCE_LABELS[r.source]}】${r.description}`, dueDate: r.deadline, state: rectificationStatusLabel(r.kind, r.status) };
}
