/** How one obligation becomes several duties: one per counterpart the rule names. */
export type FanOut = 'each_subordinate_principal' | 'none';

export interface OrgNode {
  id: string;
  name: string;
  principal: PersonRef | null;
  children: OrgNode[];
}

export interface PersonRef {
  personId: string;
  positionId: string;
}

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

/** The duties an obligation owed by `org`'s 一把手 produces under a fan-out rule. */
export function fanOut(rule: FanOut, org: OrgNode): FanOutResult {
  if (!org.principal) return { drafts: [], skipped: [{ organizationId: org.id, reason: `${org.name}尚无一把手在任` }] };
  const responsible = org.principal;
  if (rule === 'none') {
    return { drafts: [{ responsible, responsibleOrganizationId: org.id, counterpart: null, counterpartOrganizationId: null }], skipped: [] };
  }
  const drafts: DutyDraft[] = [];
  const skipped: FanOutResult['skipped'] = [];
  for (const child of org.children) {
    if (!child.principal) {
      skipped.push({ organizationId: child.id, reason: `${child.name}尚无一把手在任` });
      continue;
    }
    drafts.push({ responsible, responsibleOrganizationId: org.id, counterpart: child.principal, counterpartOrganizationId: child.id });
  }
  return { drafts, skipped };
}
