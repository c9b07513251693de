import { EventLevel, EventPlan, OrgEvent, planEventDuties } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { DutyEntity, OrganizationEntity } from '../entities';
import { loadEffectiveConfiguration, loadStaffedOrg, loadWorkdayCalendar } from './cycle-configuration.repository';
import { DutyToIssue, issueDuties } from './duty-issuer.repository';

/** The organization and its parent, each with what is in force there and who sits where. */
export async function loadEventLevels(manager: EntityManager, organizationId: string): Promise<{ self: EventLevel; parent: EventLevel | null } | null> {
  const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
  const self = await loadStaffedOrg(manager, organizationId);
  if (!organization || !self) return null;
  const parentOrg = organization.parentId ? await loadStaffedOrg(manager, organization.parentId) : null;
  return {
    self: { config: await loadEffectiveConfiguration(manager, organizationId), org: self },
    parent: parentOrg ? { config: await loadEffectiveConfiguration(manager, parentOrg.id), org: parentOrg } : null,
  };
}

/**
 * Plans and issues (idempotently) the duties an event starts. Returns the duties created now, for their
 * chase to be started, and the plan with what was left out and why.
 */
export async function issueEventDuties(manager: EntityManager, event: OrgEvent, zone: string): Promise<{ created: DutyEntity[]; plan: EventPlan }> {
  const levels = await loadEventLevels(manager, event.organizationId);
  if (!levels) return { created: [], plan: { duties: [], skipped: [] } };
  const plan = planEventDuties(event, levels, { zone, calendar: await loadWorkdayCalendar(manager) });
  const toIssue: DutyToIssue[] = plan.duties.map((d) => ({
    templateId: d.templateId,
    title: d.title,
    draft: d.draft,
    periodKey: d.periodKey,
    periodLabel: null,
    periodStart: null,
    periodEnd: null,
    dueDate: d.due.date,
    dueAt: d.due.at,
    policy: d.chase,
    citation: d.citation,
  }));
  const created = await issueDuties(manager, toIssue, { kind: 'event', event: event.kind, eventId: event.id, eventDate: event.date });
  return { created, plan };
}
