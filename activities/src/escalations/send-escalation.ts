import { calendarDate, dueDateOf } from '@duban/domain';
import { EscalationProposalEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';
import { ActivityDeps } from '../activity-deps';
import { DutyContext } from '../duties/duty-context';
import { consoleLinks } from '../notifications/console-links';
import { enqueueNotifications } from '../notifications/notification-outbox';
import { resolveAudience } from './audience';
import { issueWarningNotice } from './warning-notice';

export type EscalationKind = { kind: 'approved'; deciderName: string; note: string } | { kind: 'auto' } | { kind: 'direct' };

/** The escalation goes out: a numbered warning notice, emailed with its PDF to the level's audience. */
export async function sendEscalation(
  manager: EntityManager,
  ctx: DutyContext,
  proposal: EscalationProposalEntity,
  how: EscalationKind,
  stepKey: string,
  { timeZone, publicUrl }: Pick<ActivityDeps, 'timeZone' | 'publicUrl'>,
): Promise<{ noticeNumber: string; to: string[]; missing: string[] }> {
  const { target, people, missing } = await resolveAudience(manager, ctx.duty.organizationId, proposal.audience);
  const decidesBy = dueDateOf(proposal.decidesBy, timeZone);
  const notice = await issueWarningNotice(
    manager,
    ctx,
    proposal,
    target,
    how.kind === 'approved' ? { kind: 'approved', deciderName: how.deciderName } : { kind: 'auto', decidesBy },
    timeZone,
  );
  await enqueueNotifications(manager, {
    dutyId: ctx.duty.id,
    stepKey,
    template: 'escalationWarning',
    recipients: people,
    attachmentNoticeId: notice.id,
    data: {
      ...ctx.fields,
      dutyUrl: consoleLinks(publicUrl).duty(ctx.duty.id),
      noticeNumber: notice.number,
      auto: how.kind !== 'approved',
      decidesBy: how.kind === 'direct' ? calendarDate(new Date(), timeZone) : decidesBy,
      deciderName: how.kind === 'approved' ? how.deciderName : '系统',
      note: how.kind === 'approved' ? how.note : '',
    },
  });
  return { noticeNumber: notice.number, to: people.map((p) => p.id), missing };
}
