import { ManualDutyActivities } from '@duban/contracts';
import { issueManualDuties } from '@duban/persistence';
import { ApplicationFailure } from '@temporalio/common';
import { ActivityDeps } from '../activity-deps';

/**
 * Issues a manual request's duties through the one issuer and starts the chase of each open one. Retried, it
 * creates nothing twice and starts whatever did not start. A request that can never be issued (the template
 * left the pack, the organization was dissolved since the API checked) fails for good.
 */
export function issueManualDutiesActivity({ dataSource, chases, timeZone, log }: ActivityDeps): ManualDutyActivities['issueManualDuties'] {
  return async ({ organizationId, ...request }) => {
    const issued = await dataSource.transaction((manager) => issueManualDuties(manager, organizationId, request, timeZone));
    if ('problem' in issued) throw ApplicationFailure.nonRetryable(`${issued.problem.field} ${issued.problem.reason}`, 'ManualDutyRefused');
    await chases.start(issued.duties.filter((d) => d.status !== 'completed' && d.status !== 'cancelled'));
    if (issued.created > 0) log.info({ organizationId, requestId: request.requestId, templateId: request.templateId, created: issued.created }, '手动下达：已生成督办事项');
    return { dutyIds: issued.duties.map((d) => d.id), created: issued.created, skipped: issued.skipped };
  };
}
