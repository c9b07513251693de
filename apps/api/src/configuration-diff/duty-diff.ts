import type { PreviewDuty } from '../preview/preview.types';

/** A duty as the change preview lists it. */
export interface DiffDuty {
  key: string;
  templateId: string;
  title: string;
  period: string;
  dueDate: string;
  responsible?: { personId: string; name: string; positionTitle: string };
  counterpart?: { personId: string; name: string };
}

export interface OrganizationDiff {
  organizationId: string;
  name: string;
  added: DiffDuty[];
  removed: DiffDuty[];
  moved: (DiffDuty & { fromDate: string; toDate: string })[];
}

/**
 * What a configuration change does to a year, per organization: duties (by their identity, the issuer's
 * dedupe key) only in the candidate plan are added, only in the current one removed, in both with another
 * due date moved. Organizations without a change are left out; order is the plan's (due date, tree).
 */
export function diffDuties(current: readonly PreviewDuty[], candidate: readonly PreviewDuty[], organizationOrder: readonly string[]): OrganizationDiff[] {
  const before = new Map(current.map((d) => [d.key, d]));
  const after = new Map(candidate.map((d) => [d.key, d]));
  const byOrganization = new Map<string, OrganizationDiff>();
  const of = (d: PreviewDuty) => {
    let entry = byOrganization.get(d.organization.id);
    if (!entry) byOrganization.set(d.organization.id, (entry = { organizationId: d.organization.id, name: d.organization.name, added: [], removed: [], moved: [] }));
    return entry;
  };
  for (const d of candidate) {
    const was = before.get(d.key);
    if (!was) of(d).added.push(describe(d));
    else if (was.dueDate !== d.dueDate) of(d).moved.push({ ...describe(d), fromDate: was.dueDate, toDate: d.dueDate });
  }
  for (const d of current) if (!after.has(d.key)) of(d).removed.push(describe(d));
  const rank = new Map(organizationOrder.map((id, i) => [id, i]));
  return [...byOrganization.values()].sort((a, b) => (rank.get(a.organizationId) ?? Infinity) - (rank.get(b.organizationId) ?? Infinity));
}

function describe(d: PreviewDuty): DiffDuty {
  return {
    key: d.key,
    templateId: d.obligationId,
    title: d.title,
    period: d.slot.count > 1 ? `${d.period.label}第${d.slot.ordinal}次` : d.period.label,
    dueDate: d.dueDate,
    responsible: { personId: d.responsible.personId, name: d.responsible.name, positionTitle: d.responsible.positionTitle },
    ...(d.counterpart ? { counterpart: { personId: d.counterpart.personId, name: d.counterpart.name } } : {}),
  };
}
