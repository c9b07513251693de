import { NON_TEAM_ROLES } from '@duban/domain';
import { EntityManager } from 'typeorm';

/** A person in office in a direct subordinate organization, with the names the console shows. */
export interface SubordinateHolder {
  personId: string;
  personName: string;
  positionId: string;
  positionTitle: string;
  organizationId: string;
  organizationName: string;
}

/**
 * The people in office now in the direct subordinates of an organization (not dissolved), in tree order:
 * `principal` — their 一把手 (下级“一把手”); `team` — every member of their leadership team, each person once.
 */
export async function subordinateHolders(manager: EntityManager, organizationId: string, who: 'principal' | 'team'): Promise<SubordinateHolder[]> {
  const rows: SubordinateHolder[] = await manager.query(
    `SELECT p.holder_id AS "personId", pe.name AS "personName", p.id AS "positionId", p.title AS "positionTitle",
            o.id AS "organizationId", o.name AS "organizationName"
       FROM organizations o
       JOIN positions p ON p.organization_id = o.id AND p.holder_id IS NOT NULL
       JOIN people pe ON pe.id = p.holder_id
      WHERE o.parent_id = $1 AND o.dissolved_at IS NULL
        AND ($2 = 'team' OR p.role = 'principal') AND NOT (p.role = ANY($3::text[]))
      ORDER BY o.created_at, o.id, (p.role = 'principal') DESC, p.created_at, p.id`,
    [organizationId, who, [...NON_TEAM_ROLES]],
  );
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.personId) && seen.add(r.personId));
}
