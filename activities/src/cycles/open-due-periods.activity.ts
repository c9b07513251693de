import { dutiesToOpen, nextCreationAfter, PlannedDuty } from '@duban/domain';
import { CycleActivities } from '@duban/contracts';
import {
  DutyToIssue,
  findIssuedDuties,
  issueDuties,
  loadEffectiveConfiguration,
  loadStaffedOrg,
  loadWorkdayCalendar,
  OrganizationEntity,
  OrganizationSettingsEntity,
} from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';
import { heartbeat } from '../temporal/heartbeat';

/**
 * One run of an organization's cycle: the duties whose slot opens (less the lead time) by `now`, created
 * once each, their chase started, then the watermark moved to `now`. Retried after a failure anywhere, it
 * re-plans the same window, creates nothing twice and starts whatever chase did not start.
 */
export function openDuePeriodsActivity({ dataSource, chases, timeZone, log }: ActivityDeps): CycleActivities['openDuePeriods'] {
  return async ({ organizationId, now }) => {
    const plan = await dataSource.transaction(async (manager) => {
      const settings = await manager.getRepository(OrganizationSettingsEntity).findOne({ where: { organizationId }, lock: { mode: 'pessimistic_write' } });
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
      if (!settings?.cyclesEnabled || !settings.cyclesEnabledAt || !organization || organization.dissolvedAt) return null;
      const config = await loadEffectiveConfiguration(manager, organizationId);
      if (!config) return { duties: [] as DutyToIssue[], nextAt: null, skipped: [] };
      const [staffed, calendar] = await Promise.all([loadStaffedOrg(manager, organizationId), loadWorkdayCalendar(manager)]);
      const window = { enabledAt: settings.cyclesEnabledAt.toISOString(), openedThrough: settings.cyclesOpenedThrough?.toISOString() ?? null, now };
      const { duties, skipped } = dutiesToOpen(config, staffed!, window, { zone: timeZone, calendar });
      const toIssue = duties.map(toDutyToIssue);
      await issueDuties(manager, toIssue, { kind: 'cycle', organizationId, openedAt: now, pack: config.pack.id });
      return { duties: toIssue, nextAt: nextCreationAfter(config, now, { zone: timeZone }), skipped };
    });
    if (!plan) return { enabled: false, created: 0, nextAt: null };
    // A period of 500 subordinates: one transaction, then 500 chases to start. Heartbeats between them.
    heartbeat();

    const issued = await findIssuedDuties(dataSource.manager, plan.duties);
    await chases.start(issued.filter((d) => d.status !== 'completed' && d.status !== 'cancelled'), heartbeat);
    await dataSource
      .createQueryBuilder()
      .update(OrganizationSettingsEntity)
      .set({ cyclesOpenedThrough: new Date(now) })
      .where('organization_id = :organizationId AND (cycles_opened_through IS NULL OR cycles_opened_through < :now)', { organizationId, now: new Date(now) })
      .execute();
    if (plan.duties.length > 0 || plan.skipped.length > 0) {
      log.info({ organizationId, now, duties: plan.duties.length, skipped: plan.skipped }, '周期：已生成到期开启的督办事项');
    }
    return { enabled: true, created: plan.duties.length, nextAt: plan.nextAt };
  };
}

function toDutyToIssue(duty: PlannedDuty): DutyToIssue {
  return {
    templateId: duty.templateId,
    title: duty.title,
    draft: duty.draft,
    periodKey: duty.slot.key,
    periodLabel: duty.slot.count > 1 ? `${duty.slot.period.label}第${duty.slot.ordinal}次` : duty.slot.period.label,
    periodStart: duty.slot.start,
    periodEnd: duty.slot.end,
    dueDate: duty.due.date,
    dueAt: duty.due.at,
    policy: duty.chase,
    citation: duty.citation,
  };
}
