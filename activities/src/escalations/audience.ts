import type { Audience, Role } from '@duban/domain';
import { ancestorIds, holdersOf, OrganizationEntity, PersonEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';

export interface ResolvedAudience {
  /** The body the escalation goes to: the farthest organization named (null at the top of the tree). */
  target: OrganizationEntity | null;
  people: PersonEntity[];
  /** Audiences nobody holds, so the history can say who could not be told. */
  missing: Audience[];
}

const DEPTH = { self: 0, parent: 1, grandparent: 2 } as const;

/** Turns ['parent:principal', 'stationed_group', …] into the organization and the people who hold those seats now. */
export async function resolveAudience(manager: EntityManager, organizationId: string, audience: Audience[]): Promise<ResolvedAudience> {
  const chain = await ancestorIds(manager, organizationId);
  const organizations = manager.getRepository(OrganizationEntity);
  const people = new Map<string, PersonEntity>();
  const missing: Audience[] = [];
  let target: OrganizationEntity | null = null;
  let targetDepth = -1;
  for (const entry of audience) {
    let orgId: string | undefined;
    let roles: Role[];
    let depth: number;
    if (entry === 'stationed_group') {
      orgId = (await organizations.findOneBy({ id: organizationId }))?.stationedGroupId ?? undefined;
      roles = ['principal', 'discipline_secretary'];
      depth = 99;
    } else {
      const [scope, role] = entry.split(':') as [keyof typeof DEPTH, Role];
      depth = DEPTH[scope];
      orgId = chain[depth];
      roles = [role];
    }
    const holders = orgId ? await holdersOf(manager, orgId, roles) : [];
    if (holders.length === 0) missing.push(entry);
    for (const h of holders) people.set(h.person.id, h.person);
    if (orgId && depth > targetDepth && depth > 0) {
      target = await organizations.findOneBy({ id: orgId });
      targetDepth = depth;
    }
  }
  return { target, people: [...people.values()], missing };
}
