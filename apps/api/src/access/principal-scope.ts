import { SUPERVISING_ROLES } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { PrincipalScope } from './principal';

/** The principal's positions and grants, in one query. */
export async function loadPrincipalScope(manager: EntityManager, personId: string): Promise<PrincipalScope> {
  const rows: { organization_id: string; kind: 'member' | 'supervise' | 'administer' }[] = await manager.query(
    `SELECT organization_id, CASE WHEN supervising OR role = ANY($2) THEN 'supervise' ELSE 'member' END AS kind
       FROM positions WHERE holder_id = $1
     UNION ALL
     SELECT organization_id, 'administer' FROM organization_administrators WHERE person_id = $1`,
    [personId, [...SUPERVISING_ROLES]],
  );
  const of = (kind: string) => new Set(rows.filter((r) => r.kind === kind).map((r) => r.organization_id));
  const supervises = of('supervise');
  return { memberOf: new Set([...of('member'), ...supervises]), supervises, administers: of('administer') };
}
