import type { DutyColour, DutyStatus } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { DutyEntity } from '../entities';
import { DutyEscalation, dutyColourIsSql, dutyEscalationSql, DutyState, dutyStateSql, DutyTimeliness, dutyTimelinessSql } from './duty-filters';
import { subtreeSql } from './organization-tree.repository';

/** What a duty list is filtered by; `scope` is the reader's (an SQL condition over alias `d`, from the access layer). */
export interface DutyListFilter {
  scope: [condition: string, parameters: Record<string, unknown>];
  organizationId?: string;
  /** With `organizationId`: its whole subtree (dissolved organizations included: their duties stay on the record). */
  subtree?: boolean;
  /** Duties the person owes or is the counterpart of. */
  personId?: string;
  status?: DutyStatus;
  dueFrom?: string;
  dueTo?: string;
  state?: DutyState;
  colour?: DutyColour;
  timeliness?: DutyTimeliness;
  escalation?: DutyEscalation;
  /** The moment colours are judged at (default: now). */
  now?: Date;
  page: number;
  pageSize: number;
}

/** The relations every view of a duty shows (organization, responsible leader, counterpart and its organization). */
export const DUTY_VIEW_RELATIONS = { organization: true, responsiblePerson: true, counterpartPerson: true, counterpartOrganization: true } as const;

/** One page of duties, by due date, with what their views show. */
export async function findDuties(manager: EntityManager, filter: DutyListFilter): Promise<{ items: DutyEntity[]; total: number }> {
  const qb = manager
    .getRepository(DutyEntity)
    .createQueryBuilder('d')
    .leftJoinAndSelect('d.organization', 'organization')
    .leftJoinAndSelect('d.responsiblePerson', 'responsiblePerson')
    .leftJoinAndSelect('d.counterpartPerson', 'counterpartPerson')
    .leftJoinAndSelect('d.counterpartOrganization', 'counterpartOrganization')
    .where(...filter.scope);
  if (filter.organizationId && filter.subtree) {
    qb.andWhere(`d.organization_id IN ${subtreeSql(':organizationId', 'include')}`, { organizationId: filter.organizationId });
  } else if (filter.organizationId) {
    qb.andWhere('d.organization_id = :organizationId', { organizationId: filter.organizationId });
  }
  if (filter.personId) qb.andWhere('(d.responsible_person_id = :personId OR d.counterpart_person_id = :personId)', { personId: filter.personId });
  if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
  if (filter.dueFrom) qb.andWhere('d.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
  if (filter.dueTo) qb.andWhere('d.due_date <= :dueTo', { dueTo: filter.dueTo });
  if (filter.state) qb.andWhere(dutyStateSql('d', filter.state));
  if (filter.colour) qb.andWhere(dutyColourIsSql('d', ':colourNow', filter.colour), { colourNow: filter.now ?? new Date() });
  if (filter.timeliness) qb.andWhere(dutyTimelinessSql('d', filter.timeliness));
  if (filter.escalation) qb.andWhere(dutyEscalationSql('d', filter.escalation));
  const [items, total] = await qb
    // Property names, not columns: with joins, skip/take paginate through a DISTINCT subquery.
    .orderBy('d.dueAt', 'ASC')
    .addOrderBy('d.id', 'ASC')
    .skip((filter.page - 1) * filter.pageSize)
    .take(filter.pageSize)
    .getManyAndCount();
  return { items, total };
}

/** One duty with what its view shows, or null. */
export function findDutyView(manager: EntityManager, id: string): Promise<DutyEntity | null> {
  return manager.getRepository(DutyEntity).findOne({ where: { id }, relations: DUTY_VIEW_RELATIONS });
}
