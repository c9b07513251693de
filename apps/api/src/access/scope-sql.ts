import { SUPERVISING_ROLES } from '@duban/domain';
import { PLACEMENTS } from './placement-sql';
import { Principal } from './principal';

/**
 * SQL conditions that keep list queries inside the principal's scope, evaluated by the database (never
 * filtered after loading). Each returns `[condition, parameters]` for TypeORM's `andWhere`; a system
 * administrator gets `TRUE`. Parameter names are prefixed so they never collide with a query's own.
 */
type Condition = [string, Record<string, unknown>];

const ALL: Condition = ['TRUE', {}];

/** Organizations the principal oversees: the subtrees of supervising positions held and of administrator grants. */
const OVERSEEN = `(WITH RECURSIVE scope_tree AS (
    SELECT sp.organization_id AS id FROM positions sp
     WHERE sp.holder_id = :scopePersonId AND (sp.supervising OR sp.role IN (:...scopeSupervisingRoles))
    UNION SELECT ga.organization_id FROM organization_administrators ga WHERE ga.person_id = :scopePersonId
    UNION SELECT so.id FROM organizations so JOIN scope_tree st ON so.parent_id = st.id
  ) SELECT id FROM scope_tree)`;

/** Organizations where the principal holds a position. */
const OWN = `(SELECT op.organization_id FROM positions op WHERE op.holder_id = :scopePersonId)`;

const params = (principal: Principal) => ({ scopePersonId: principal.personId, scopeSupervisingRoles: [...SUPERVISING_ROLES] });

/** Duties of overseen organizations, and the principal's own (responsible or counterpart). */
export function dutyScope(principal: Principal, duty: string): Condition {
  if (principal.systemAdmin) return ALL;
  return [
    `(${duty}.organization_id IN ${OVERSEEN} OR ${duty}.responsible_person_id = :scopePersonId OR ${duty}.counterpart_person_id = :scopePersonId)`,
    params(principal),
  ];
}

/** Overseen organizations and the principal's own. */
export function organizationScope(principal: Principal, organization: string): Condition {
  if (principal.systemAdmin) return ALL;
  return [`(${organization}.id IN ${OVERSEEN} OR ${organization}.id IN ${OWN})`, params(principal)];
}

/**
 * Oneself, and people placed (by a current or past position, a grant, or registration) in overseen or own
 * organizations. A person placed nowhere is listed to system administrators only.
 */
export function personScope(principal: Principal, person: string): Condition {
  if (principal.systemAdmin) return ALL;
  return [
    `(${person}.id = :scopePersonId
      OR EXISTS (SELECT 1 FROM ${PLACEMENTS(`${person}.id`)} AS placed(organization_id)
                  WHERE placed.organization_id IN ${OVERSEEN} OR placed.organization_id IN ${OWN}))`,
    params(principal),
  ];
}

/** Organizations under a supervising position the principal holds (纪委书记, 组织部长, …): not administrator grants. */
const SUPERVISED = `(WITH RECURSIVE supervised_tree AS (
    SELECT sp.organization_id AS id FROM positions sp
     WHERE sp.holder_id = :scopePersonId AND (sp.supervising OR sp.role IN (:...scopeSupervisingRoles))
    UNION SELECT so.id FROM organizations so JOIN supervised_tree st ON so.parent_id = st.id
  ) SELECT id FROM supervised_tree)`;

/**
 * Duties the principal may decide on as a supervisor (the policy's `supervise`, not on their own case): those of
 * organizations under a supervising position they hold, except those they owe. A system administrator decides none.
 */
export function supervisedDutyScope(principal: Principal, duty: string): Condition {
  return [`(${duty}.organization_id IN ${SUPERVISED} AND ${duty}.responsible_person_id <> :scopePersonId)`, params(principal)];
}

/** Records whose supervising organization (a column) lies under a supervising position the principal holds. */
export function supervisedOrganizationScope(principal: Principal, column: string): Condition {
  return [`(${column} IN ${SUPERVISED})`, params(principal)];
}

/** Records of overseen organizations and of the principal's own (a column holding the organization). */
export function organizationColumnScope(principal: Principal, column: string): Condition {
  if (principal.systemAdmin) return ALL;
  return [`(${column} IN ${OVERSEEN} OR ${column} IN ${OWN})`, params(principal)];
}
