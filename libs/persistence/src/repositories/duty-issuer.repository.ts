import type { DutyToIssue } from '@duban/domain';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { DutyEntity, DutyEventEntity } from '../entities';

export type { DutyToIssue };

/** What created the duties, kept in their first timeline entry. */
export interface IssueSource {
  kind: 'cycle' | 'event' | 'manual' | 'rectification';
  [key: string]: string | number | boolean | null;
}

/**
 * The one key of a duty, whichever path issues it: organization, template, period, responsible seat and
 * counterpart (organization and seat); hashed past the column's 200 characters.
 */
export function dutyDedupeKey(duty: Pick<DutyToIssue, 'draft' | 'templateId' | 'periodKey'>): string {
  const key = [
    duty.draft.responsibleOrganizationId,
    duty.templateId,
    duty.periodKey,
    duty.draft.responsible.positionId,
    duty.draft.counterpartOrganizationId ?? '-',
    duty.draft.counterpart?.positionId ?? '-',
  ].join(':');
  return key.length <= 200 ? key : `${duty.draft.responsibleOrganizationId}:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * The one issuer: creates duties idempotently (one per key, see dutyDedupeKey) — the same plan issued twice,
 * or by two paths, creates nothing the second time. Returns only the duties created now.
 */
export async function issueDuties(manager: EntityManager, duties: DutyToIssue[], source: IssueSource): Promise<DutyEntity[]> {
  if (duties.length === 0) return [];
  const rows = duties.map((duty) => {
    const id = randomUUID();
    return {
      id,
      dedupeKey: dutyDedupeKey(duty),
      templateId: duty.templateId,
      title: duty.title,
      organizationId: duty.draft.responsibleOrganizationId,
      responsiblePositionId: duty.draft.responsible.positionId,
      responsiblePersonId: duty.draft.responsible.personId,
      counterpartOrganizationId: duty.draft.counterpartOrganizationId,
      counterpartPositionId: duty.draft.counterpart?.positionId ?? null,
      counterpartPersonId: duty.draft.counterpart?.personId ?? null,
      periodKey: duty.periodKey,
      periodLabel: duty.periodLabel,
      periodStart: duty.periodStart ? new Date(duty.periodStart) : null,
      periodEnd: duty.periodEnd ? new Date(duty.periodEnd) : null,
      dueDate: duty.dueDate,
      dueAt: new Date(duty.dueAt),
      status: 'pending' as const,
      policy: duty.policy,
      citation: duty.citation,
      workflowId: `duty-${id}`,
    };
  });
  const inserted: { id: string }[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const result = await manager.createQueryBuilder().insert().into(DutyEntity).values(chunk).orIgnore().returning(['id']).execute();
    inserted.push(...(result.raw as { id: string }[]));
  }
  if (inserted.length === 0) return [];
  await manager
    .createQueryBuilder()
    .insert()
    .into(DutyEventEntity)
    .values(inserted.map(({ id }) => ({ dutyId: id, type: 'created' as const, dedupeKey: 'created', actorKind: 'system' as const, data: { ...source } as { kind: string } })))
    .orIgnore()
    .execute();
  return manager.getRepository(DutyEntity).find({ where: { id: In(inserted.map((r) => r.id)) }, order: { dueAt: 'ASC', createdAt: 'ASC' } });
}

/**
 * The duties of a plan as stored (whether created now, earlier, or by another path), so that a step which
 * failed after creating them can start their chase on retry, and a caller can show what the plan amounts to.
 */
export async function findIssuedDuties(manager: EntityManager, duties: DutyToIssue[]): Promise<DutyEntity[]> {
  const keys = duties.map(dutyDedupeKey);
  const found: DutyEntity[] = [];
  for (let i = 0; i < keys.length; i += 1000) found.push(...(await manager.getRepository(DutyEntity).findBy({ dedupeKey: In(keys.slice(i, i + 1000)) })));
  return found;
}
