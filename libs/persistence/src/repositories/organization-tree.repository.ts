import type { Role } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { PersonEntity, PositionEntity } from '../entities';

/** Ids of an organization and all its ancestors, nearest first (the chain escalations climb). */
export async function ancestorIds(manager: EntityManager, organizationId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE chain(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM organizations WHERE id = $1
       UNION ALL
       SELECT o.id, o.parent_id, c.depth + 1 FROM organizations o JOIN chain c ON o.id = c.parent_id WHERE c.depth < 64
     ) SELECT id FROM chain ORDER BY depth`,
    [organizationId],
  );
  return rows.map((r) => r.id);
}

export interface Holder {
  positionId: string;
  organizationId: string;
  role: Role;
  person: PersonEntity;
}

/** Current holders of the given roles in an organization. */
export async function holdersOf(manager: EntityManager, organizationId: string, roles: readonly Role[]): Promise<Holder[]> {
  const positions = await manager
    .getRepository(PositionEntity)
    .createQueryBuilder('p')
    .innerJoinAndSelect('p.holder', 'holder')
    .where('p.organization_id = :organizationId', { organizationId })
    .andWhere('p.role IN (:...roles)', { roles })
    .orderBy('p.created_at')
    .getMany();
  return positions.map((p) => ({ positionId: p.id, organizationId: p.organizationId, role: p.role, person: p.holder! }));
}
