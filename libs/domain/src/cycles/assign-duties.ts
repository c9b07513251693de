import { NON_TEAM_ROLES, ROLE_LABELS, Role } from '../organizations/role';
import type { PackFanOut } from '../packs/pack.types';

/** A seat and who holds it. */
export interface PersonRef {
  personId: string;
  positionId: string;
}

/** One duty's parties: who owes it (and in which organization), to whom (and in which organization). */
export interface DutyDraft {
  responsible: PersonRef;
  responsibleOrganizationId: string;
  counterpart: PersonRef | null;
  counterpartOrganizationId: string | null;
}

export interface FanOutResult {
  drafts: DutyDraft[];
  /** Organizations left out, with the reason, so an administrator sees why a duty is missing. */
  skipped: { organizationId: string; reason: string }[];
}

/** A seat of an organization's leadership and who holds it now. */
export interface StaffedPosition {
  positionId: string;
  role: Role;
  title: string;
  personId: string | null;
}

/** A direct subordinate organization: its 一把手 and, for an internal unit, the team member who oversees it (分管). */
export interface SubordinateOrg {
  id: string;
  name: string;
  principal: PersonRef | null;
  overseenByPositionId: string | null;
}

/** What fan-out needs of one organization: its seats and its direct subordinates. */
export interface StaffedOrg {
  id: string;
  name: string;
  positions: StaffedPosition[];
  children: SubordinateOrg[];
}

/**
 * The duties one template produces in `org`: one per holder of the responsible role (every 班子成员 for
 * `member`, the one 一把手 for `principal`…) and, per holder, one per counterpart the fan-out rule names.
 * Vacant seats and organizations without a 一把手 are reported in `skipped` with the reason.
 */
export function assignDuties(rule: { responsibleRole: Role; fanOut: PackFanOut }, org: StaffedOrg): FanOutResult {
  const drafts: DutyDraft[] = [];
  const skipped: FanOutResult['skipped'] = [];
  const seats = org.positions.filter((p) => p.role === rule.responsibleRole);
  if (seats.length === 0) return { drafts, skipped: [{ organizationId: org.id, reason: `${org.name}未设${ROLE_LABELS[rule.responsibleRole]}职位` }] };
  const reported = new Set<string>();
  const skip = (organizationId: string, reason: string) => {
    if (reported.has(organizationId + reason)) return;
    reported.add(organizationId + reason);
    skipped.push({ organizationId, reason });
  };

  for (const seat of seats) {
    if (!seat.personId) {
      skip(org.id, `${org.name}${seat.title}空缺`);
      continue;
    }
    const responsible: PersonRef = { personId: seat.personId, positionId: seat.positionId };
    const draft = (counterpart: PersonRef | null, counterpartOrganizationId: string | null): DutyDraft => ({
      responsible,
      responsibleOrganizationId: org.id,
      counterpart,
      counterpartOrganizationId,
    });
    switch (rule.fanOut) {
      case 'none':
        drafts.push(draft(null, null));
        break;
      case 'each_subordinate_principal':
        for (const child of org.children) {
          if (child.principal) drafts.push(draft(child.principal, child.id));
          else skip(child.id, `${child.name}尚无一把手在任`);
        }
        break;
      case 'each_subordinate_committee':
        // The duty concerns the subordinate body (e.g. attending its meeting); its 一把手 is named when there is one.
        for (const child of org.children) drafts.push(draft(child.principal, child.id));
        break;
      case 'each_unit_head_under_member':
        for (const child of org.children.filter((c) => c.overseenByPositionId === seat.positionId)) {
          if (child.principal) drafts.push(draft(child.principal, child.id));
          else skip(child.id, `${child.name}尚无负责人在任`);
        }
        break;
      case 'each_member': {
        // 领导班子其他每位成员: every other seat of the team that someone holds, each person once.
        const seen = new Set<string>([seat.personId]);
        for (const other of org.positions) {
          if (!other.personId || seen.has(other.personId) || NON_TEAM_ROLES.includes(other.role)) continue;
          seen.add(other.personId);
          drafts.push(draft({ personId: other.personId, positionId: other.positionId }, org.id));
        }
        break;
      }
    }
  }
  return { drafts, skipped };
}
