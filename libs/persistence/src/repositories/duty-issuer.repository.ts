import type { ChasePolicy, DutyDraft } from '@duban/domain';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { DutyEntity, DutyEventEntity, ObligationActivationEntity } from '../entities';

/** One duty to create: who owes it to whom, for which period, due when, chased how, and on what authority. */
export interface DutyToIssue {
  obligationId: string;
  title: string;
  draft: DutyDraft;
  /** The period slice (e.g. `2027-Q1`, `2027#2`) or the event (`event:<id>`) the duty belongs to. */
  periodKey: string;
  periodLabel: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** Year of the activation the duty hangs under (the year its period opens, or of the event). */
  year: number;
  dueDate: string;
  dueAt: string;
  policy: ChasePolicy;
  citation: string;
}

/** What created the duties, kept in their first timeline entry. */
export interface IssueSource {
  kind: 'cycle' | 'event' | 'manual';
  [key: string]: string | number | boolean | null;
}

/**
 * Creates duties idempotently (one per obligation, period, responsible seat and counterpart): the same
 * plan issued twice creates nothing the second time. Returns only the duties created now, with their
 * relations loaded, for their chase to be started.
 */
export async function issueDuties(manager: EntityManager, duties: DutyToIssue[], source: IssueSource): Promise<DutyEntity[]> {
  if (duties.length === 0) return [];
  const activationOf = await activationsOf(manager, duties, true);
  const rows = duties.map((duty) => {
    const id = randomUUID();
    const activationId = activationOf(duty)!;
    return {
      id,
      dedupeKey: dedupeKeyOf(activationId, duty),
      activationId,
      obligationId: duty.obligationId,
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
 * The duties already issued for a plan (whether created now or earlier), so that a step which failed after
 * creating them can start their chase on retry.
 */
export async function findIssuedDuties(manager: EntityManager, duties: DutyToIssue[]): Promise<DutyEntity[]> {
  if (duties.length === 0) return [];
  const activationOf = await activationsOf(manager, duties, false);
  const keys = duties.flatMap((duty) => {
    const activationId = activationOf(duty);
    return activationId ? [dedupeKeyOf(activationId, duty)] : [];
  });
  const found: DutyEntity[] = [];
  for (let i = 0; i < keys.length; i += 1000) found.push(...(await manager.getRepository(DutyEntity).findBy({ dedupeKey: In(keys.slice(i, i + 1000)) })));
  return found;
}

/**
 * The activation (organization, obligation, year) each duty hangs under, looked up once per distinct
 * activation; with `create`, missing ones are created with the first duty's policy.
 */
async function activationsOf(manager: EntityManager, duties: DutyToIssue[], create: boolean): Promise<(duty: DutyToIssue) => string | null> {
  const keyOf = (duty: DutyToIssue) => `${duty.draft.responsibleOrganizationId}|${duty.obligationId}|${duty.year}`;
  const ids = new Map<string, string | null>();
  for (const duty of duties) {
    const key = keyOf(duty);
    if (ids.has(key)) continue;
    const where = { organizationId: duty.draft.responsibleOrganizationId, obligationId: duty.obligationId, year: duty.year };
    if (create) await manager.createQueryBuilder().insert().into(ObligationActivationEntity).values({ ...where, policy: duty.policy, dueAtOverride: null }).orIgnore().execute();
    ids.set(key, (await manager.getRepository(ObligationActivationEntity).findOneBy(where))?.id ?? null);
  }
  return (duty) => ids.get(keyOf(duty)) ?? null;
}

/** obligation activation + period + responsible seat + counterpart; hashed when longer than the column. */
function dedupeKeyOf(activationId: string, duty: DutyToIssue): string {
  const key = [activationId, duty.periodKey, duty.draft.responsible.positionId, duty.draft.counterpartOrganizationId ?? '-', duty.draft.counterpart?.positionId ?? '-'].join(':');
  return key.length <= 200 ? key : `${activationId}:${createHash('sha256').update(key).digest('hex')}`;
}
