/**
 * The shapes of the organization, people and event answers the OpenAPI document does not describe (the services
 * return entities and plain objects: apps/api/src/organizations, people, positions, access, appointments, events).
 */

/** GET /organizations, GET /organizations/:id, POST, PATCH (an OrganizationEntity). */
export interface Organization {
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  stationedGroupId: string | null;
  dissolvedAt: string | null;
  createdAt: string;
}

export interface TreePosition {
  id: string;
  role: string;
  title: string;
  holder: { id: string; name: string } | null;
}

/** GET /organizations/:id/tree. */
export interface OrganizationTreeNode {
  id: string;
  name: string;
  code: string | null;
  positions: TreePosition[];
  children: OrganizationTreeNode[];
}

export interface Person {
  id: string;
  name: string;
  email: string;
  homeOrganizationId: string | null;
  createdAt: string;
}

/** GET /organizations/:id/positions (a PositionEntity with its holder). */
export interface Position {
  id: string;
  organizationId: string;
  role: string;
  title: string;
  holderId: string | null;
  holder: Person | null;
  supervising: boolean;
  createdAt: string;
}

/** GET /positions/:id/holdings. */
export interface Holding {
  id: string;
  positionId: string;
  personId: string;
  startedAt: string;
  endedAt: string | null;
  auditPriorityFlaggedAt: string | null;
  rotationFlaggedAt: string | null;
}

/** GET /organizations/:id/administrators. */
export interface AdministratorGrant {
  organizationId: string;
  personId: string;
  person: Person;
  createdAt: string;
}

/** PUT /people/:id/login. */
export interface LoginAccount {
  id: string;
  personId: string;
  login: string;
  systemAdmin: boolean;
  disabled: boolean;
  passwordChangedAt: string | null;
}
