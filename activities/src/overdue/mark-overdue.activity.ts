import { dueDateOf, escalationLadder, parseIsoDuration } from '@duban/domain';
import { StepResult } from '@duban/contracts';
import { applyDutyCommandOrThrow, holdersOf } from '@duban/persistence';
import { DateTime } from 'luxon';
import { ActivityDeps } from '../activity-deps';
import { loadDutyForUpdate } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';

/** On the due date: the duty becomes overdue; the responsible leader and the same-level 纪委书记 are told. */
export function markOverdueActivity(deps: ActivityDeps) {
  return async function markOverdue({ dutyId, round }: { dutyId: string; round: number }): Promise<StepResult> {
    const stepKey = `r${round}:overdue`;
    const open = await deps.dataSource.transaction(async (manager) => {
      const ctx = await loadDutyForUpdate(manager, dutyId);
      if (!ctx.open) return false;
      const supervisors = await holdersOf(manager, ctx.duty.organizationId, ['discipline_secretary']);
      await applyDutyCommandOrThrow(manager, ctx.duty, {
        event: { kind: 'overdue' },
        timeline: {
          type: 'overdue',
          dedupeKey: stepKey,
          actorKind: 'system',
          data: { to: supervisors.map((s) => s.person.id), ...(supervisors.length ? {} : { note: '本单位未设纪委书记，无人接收逾期通报' }) },
        },
      });
      // The last day of grace, as people count days (the proposal goes out at the end of it).
      const firstLevel = escalationLadder(ctx.duty.policy)[0];
      const graceEnds = DateTime.fromJSDate(ctx.duty.dueAt, { zone: deps.timeZone }).plus(parseIsoDuration(firstLevel?.after ?? ctx.duty.policy.gracePeriod));
      const proposeDate = dueDateOf(graceEnds.toJSDate(), deps.timeZone);
      const dutyUrl = consoleLinks(deps.publicUrl).duty(dutyId);
      await enqueueNotifications(manager, {
        dutyId,
        stepKey,
        template: 'overdue',
        recipients: supervisors.map((s) => s.person),
        data: { ...ctx.fields, dutyUrl, proposeDate },
      });
      // Its own step key: the leader may also be the 纪委书记, and each message must still go out once.
      await enqueueNotifications(manager, { dutyId, stepKey: `${stepKey}:leader`, template: 'dueNotice', recipients: [ctx.responsible], data: { ...ctx.fields, dutyUrl } });
      return true;
    });
    if (open) {
      await deliverNotifications(deps, dutyId, stepKey);
      await deliverNotifications(deps, dutyId, `${stepKey}:leader`);
    }
    return { open };
  };
}
