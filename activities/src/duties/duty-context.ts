import { isOpenDutyStatus } from '@duban/domain';
import { DutyEntity, lockDuty, OrganizationEntity, PersonEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';
import { notFound } from '../temporal/not-found';

/** A duty, locked for this transaction, with the names every message needs. */
export interface DutyContext {
  duty: DutyEntity;
  open: boolean;
  organization: OrganizationEntity;
  responsible: PersonEntity;
  /** Template fields shared by every message about this duty. */
  fields: { title: string; counterpart: string; organizationName: string; responsibleName: string; dueDate: string; citation: string };
}

export async function loadDutyForUpdate(manager: EntityManager, dutyId: string): Promise<DutyContext> {
  const duty = await lockDuty(manager, dutyId);
  // Gone (deleted): every step of its chase would fail the same way, so none is retried.
  if (!duty) throw notFound('DutyNotFound', `事项不存在：${dutyId}`, { dutyId });
  // Organization and people are held by foreign keys (ON DELETE RESTRICT): present while the duty is.
  // One connection per transaction: queries run one after another.
  const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: duty.organizationId });
  const responsible = await manager.getRepository(PersonEntity).findOneByOrFail({ id: duty.responsiblePersonId });
  const counterpart = duty.counterpartPersonId ? await manager.getRepository(PersonEntity).findOneBy({ id: duty.counterpartPersonId }) : null;
  const counterpartOrg = duty.counterpartOrganizationId ? await manager.getRepository(OrganizationEntity).findOneBy({ id: duty.counterpartOrganizationId }) : null;
  const counterpartText = [counterpartOrg?.name, counterpart?.name].filter(Boolean).join(' ') || '无';
  return {
    duty,
    open: isOpenDutyStatus(duty.status),
    organization,
    responsible,
    fields: {
      title: duty.title,
      counterpart: counterpartText,
      organizationName: organization.name,
      responsibleName: responsible.name,
      dueDate: duty.dueDate,
      citation: duty.citation,
    },
  };
}
