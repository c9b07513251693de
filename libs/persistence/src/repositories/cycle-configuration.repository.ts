import { chinaWorkdayCalendar, ConfigLink, effectiveConfiguration, EffectiveConfiguration, StaffedOrg, WorkdayCalendar } from '@duban/domain';
import { EntityManager, In, IsNull } from 'typeorm';
import { CalendarYearEntity, ObligationOverrideEntity, OrganizationEntity, OrganizationSettingsEntity, PositionEntity } from '../entities';
import { ancestorIds } from './organization-tree.repository';

/** The organization and its ancestors, nearest first, each with its own settings and current overrides. */
export async function loadConfigChain(manager: EntityManager, organizationId: string): Promise<ConfigLink[]> {
  const ids = await ancestorIds(manager, organizationId);
  if (ids.length === 0) return [];
  const [organizations, settings, overrides] = await Promise.all([
    manager.getRepository(OrganizationEntity).findBy({ id: In(ids) }),
    manager.getRepository(OrganizationSettingsEntity).findBy({ organizationId: In(ids) }),
    manager.getRepository(ObligationOverrideEntity).find({ where: { organizationId: In(ids), supersededAt: IsNull() }, order: { createdAt: 'ASC' } }),
  ]);
  return ids.map((id) => {
    const s = settings.find((x) => x.organizationId === id);
    return {
      organizationId: id,
      organizationName: organizations.find((o) => o.id === id)?.name ?? id,
      settings: s ? { packId: s.packId, dueDateMode: s.dueDateMode, leadTime: s.leadTime, termStartYear: s.termStartYear } : {},
      overrides: overrides
        .filter((o) => o.organizationId === id && Object.keys(o.fields).length > 0)
        .map((o) => ({ templateId: o.templateId, fields: o.fields, reason: o.reason, overrideId: o.id, since: o.createdAt.toISOString() })),
    };
  });
}

/** What is in force for an organization (null when no organization above it follows a pack). */
export async function loadEffectiveConfiguration(manager: EntityManager, organizationId: string): Promise<EffectiveConfiguration | null> {
  return effectiveConfiguration(await loadConfigChain(manager, organizationId));
}

/** An organization's seats with their holders, and its direct subordinates (not dissolved) with their 一把手. */
export async function loadStaffedOrg(manager: EntityManager, organizationId: string): Promise<StaffedOrg | null> {
  const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
  if (!organization) return null;
  const children = await manager.getRepository(OrganizationEntity).find({ where: { parentId: organizationId, dissolvedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  const positions = await manager.getRepository(PositionEntity).find({ where: { organizationId: In([organizationId, ...children.map((c) => c.id)]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  const principalOf = (id: string) => {
    const p = positions.find((x) => x.organizationId === id && x.role === 'principal' && x.holderId);
    return p ? { personId: p.holderId!, positionId: p.id } : null;
  };
  return {
    id: organization.id,
    name: organization.name,
    positions: positions.filter((p) => p.organizationId === organizationId).map((p) => ({ positionId: p.id, role: p.role, title: p.title, personId: p.holderId })),
    children: children.map((c) => ({ id: c.id, name: c.name, principal: principalOf(c.id), overseenByPositionId: c.overseenByPositionId })),
  };
}

/** China's workday calendar: the built-in years and those administrators supplied (which replace built-in ones). */
export async function loadWorkdayCalendar(manager: EntityManager): Promise<WorkdayCalendar> {
  const supplied = await manager.getRepository(CalendarYearEntity).find({ order: { year: 'ASC' } });
  return chinaWorkdayCalendar(supplied.map((y) => y.data));
}

/** Ids of an organization and everything under it (not dissolved), the organization first, parents before children. */
export async function subtreeIds(manager: EntityManager, organizationId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE tree(id, depth, path) AS (
       SELECT id, 0, ARRAY[created_at::text || id::text] FROM organizations WHERE id = $1
       UNION ALL
       SELECT o.id, t.depth + 1, t.path || (o.created_at::text || o.id::text) FROM organizations o JOIN tree t ON o.parent_id = t.id
        WHERE o.dissolved_at IS NULL AND t.depth < 64
     ) SELECT id FROM tree ORDER BY path`,
    [organizationId],
  );
  return rows.map((r) => r.id);
}
