import { ManualDutyRequest, ManualPlan, planManualDuties } from '@duban/domain';
import { EntityManager } from 'typeorm';
import { DutyEntity, OrganizationEntity } from '../entities';
import { loadEffectiveConfiguration, loadStaffedOrg, loadWorkdayCalendar } from './cycle-configuration.repository';
import { findIssuedDuties, issueDuties } from './duty-issuer.repository';

/** A manual request planned against the organization as it stands: what is in force there and who sits where. */
export async function planManualRequest(manager: EntityManager, organizationId: string, request: ManualDutyRequest, zone: string): Promise<ManualPlan> {
  const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
  if (!organization || organization.dissolvedAt) return { problem: { field: 'organizationId', reason: '组织不存在或已撤销' } };
  const config = await loadEffectiveConfiguration(manager, organizationId);
  if (!config) return { problem: { field: 'templateId', reason: '该组织及其上级均未选择策略包：请先在周期设置中选择 packId' } };
  const [org, calendar] = await Promise.all([loadStaffedOrg(manager, organizationId), loadWorkdayCalendar(manager)]);
  return planManualDuties(config, org!, request, { zone, calendar });
}

/**
 * Issues a manual request through the one issuer (same key as a cycle's or an event's duty) and returns the
 * request's duties as stored — created now or already there — with what was left out.
 */
export async function issueManualDuties(
  manager: EntityManager,
  organizationId: string,
  request: ManualDutyRequest,
  zone: string,
): Promise<{ duties: DutyEntity[]; created: number; skipped: { organizationId: string; reason: string }[] } | { problem: { field: string; reason: string } }> {
  const plan = await planManualRequest(manager, organizationId, request, zone);
  if ('problem' in plan) return plan;
  const toIssue = plan.duties;
  const created = await issueDuties(manager, toIssue, { kind: 'manual', requestId: request.requestId, templateId: request.templateId });
  return { duties: await findIssuedDuties(manager, toIssue), created: created.length, skipped: plan.skipped };
}
