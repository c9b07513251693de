import type { Role } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { PersonEntity, PositionEntity } from '../entities';

/**
 * The organization tree in SQL, once: every query that climbs or descends it builds on these. `root`/`org` is
 * an SQL expression (a parameter such as `$1` or `:organizationId`, or a column). A subtree says whether
 * dissolved organizations (and what hangs under them) count: access and the audit trail see them (their records
 * stay someone's to read), planning and cycles do not. Depth is capped at 64 against a corrupted cycle.
 */
export type DissolvedOrganizations = 'include' | 'exclude';

/** `(SELECT id …)`: the organization and everything under it. */
export function subtreeSql(root: string, dissolved: DissolvedOrganizations): string {
  const alive = dissolved === 'exclude' ? ' AND st_o.dissolved_at IS NULL' : '';
  return `(WITH RECURSIVE st_tree(id, depth) AS (
      SELECT id, 0 FROM organizations WHERE id = ${root}
      UNION ALL SELECT st_o.id, st_t.depth + 1 FROM organizations st_o JOIN st_tree st_t ON st_o.parent_id = st_t.id WHERE st_t.depth < 64${alive}
    ) SELECT id FROM st_tree)`;
}

/**
 * `(SELECT id, branch …)`: the subtree of `subtreeSql`, each organization with the direct child of the root it
 * hangs under (`branch`; null for the root itself), for figures per child that cover the child's own subtree.
 */
export function subtreeBranchesSql(root: string, dissolved: DissolvedOrganizations): string {
  const alive = dissolved === 'exclude' ? ' AND sb_o.dissolved_at IS NULL' : '';
  return `(WITH RECURSIVE sb_tree(id, branch, depth) AS (
      SELECT id, NULL::uuid, 0 FROM organizations WHERE id = ${root}
      UNION ALL SELECT sb_o.id, COALESCE(sb_t.branch, sb_o.id), sb_t.depth + 1 FROM organizations sb_o JOIN sb_tree sb_t ON sb_o.parent_id = sb_t.id WHERE sb_t.depth < 64${alive}
    ) SELECT id, branch FROM sb_tree)`;
}

/** `(SELECT array …)`: the organization and its ancestors, nearest first, as a text array (null when unknown). */
export function ancestorChainSql(org: string): string {
  return `(WITH RECURSIVE ac_chain(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM organizations WHERE id = ${org}
      UNION ALL SELECT ac_o.id, ac_o.parent_id, ac_c.depth + 1 FROM organizations ac_o JOIN ac_chain ac_c ON ac_o.id = ac_c.parent_id WHERE ac_c.depth < 64
    ) SELECT array_agg(id::text ORDER BY depth) FROM ac_chain)`;
}

/** Ids of an organization and all its ancestors, nearest first (the chain escalations climb). */
export async function ancestorIds(manager: EntityManager, organizationId: string): Promise<string[]> {
  const [row]: { chain: string[] | null }[] = await manager.query(`SELECT ${ancestorChainSql('$1')} AS chain`, [organizationId]);
  return row?.chain ?? [];
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
