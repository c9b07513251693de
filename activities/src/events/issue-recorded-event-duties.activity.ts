import type { EventActivities } from '@duban/contracts';
import { OPEN_DUTY_STATUSES } from '@duban/domain';
import { DutyEntity, issueEventDuties } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';

/**
 * The duties of an incident or a division change the API recorded, issued on the worker side through the one
 * issuer (retried, nothing twice) and chased. Returns every duty of the event, whenever it was created.
 */
export function issueRecordedEventDutiesActivity({ dataSource, chases, timeZone, log }: ActivityDeps): EventActivities['issueRecordedEventDuties'] {
  return async ({ event }) => {
    const { plan } = await dataSource.transaction((manager) => issueEventDuties(manager, event, timeZone));
    const duties = await dataSource.getRepository(DutyEntity).find({ where: { periodKey: `event:${event.id}` }, order: { dueAt: 'ASC', createdAt: 'ASC' } });
    await chases.start(duties.filter((d) => OPEN_DUTY_STATUSES.includes(d.status)));
    if (plan.skipped.length > 0) log.info({ eventId: event.id, kind: event.kind, skipped: plan.skipped }, '事件事项有未生成的部分');
    return { dutyIds: duties.map((d) => d.id), skipped: plan.skipped };
  };
}
