import { calendarDate } from '@duban/domain';
import { renderReminderLetterPdf } from '@duban/notifications';
import { AppointmentEntity, DutyEntity, OrganizationEntity, PersonEntity, ReminderLetterEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';

/**
 * Issues the numbered reminder letter (巡察整改履责提醒函) of an appointment with its PDF; once per appointment.
 * Numbers run per calendar year: 整改履责提醒〔2027〕第 N 号.
 */
export async function issueReminderLetter(manager: EntityManager, appointment: AppointmentEntity, duty: DutyEntity, rectifications: DutyEntity[], timeZone: string): Promise<ReminderLetterEntity> {
  const existing = await manager.getRepository(ReminderLetterEntity).findOneBy({ appointmentId: appointment.id });
  if (existing) return existing;
  const issuedOn = calendarDate(new Date(), timeZone);
  const year = Number(issuedOn.slice(0, 4));
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`reminder-letter:${year}`]);
  const [{ next }] = await manager.query('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM reminder_letters WHERE year = $1', [year]);
  const number = `整改履责提醒〔${year}〕第 ${next} 号`;
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
    items: rectifications.map((r) => ({ title: r.title, dueDate: r.dueDate })),
    citation: duty.citation,
  });
  return manager.getRepository(ReminderLetterEntity).save({
    appointmentId: appointment.id,
    dutyId: duty.id,
    organizationId: organization.id,
    recipientPersonId: recipient.id,
    rectificationDutyIds: rectifications.map((r) => r.id),
    year,
    seq: Number(next),
    number,
    pdf,
  });
}
