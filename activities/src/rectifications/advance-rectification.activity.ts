import { RectificationActivities } from '@duban/contracts';
import { Context } from '@temporalio/activity';
import {
  calendarDate,
  formatCitations,
  milestoneTemplate,
  NOTICE_REASON_LABELS,
  NoticeReason,
  RECTIFICATION_SOURCE_LABELS,
  rectificationAgenda,
  RectificationStep,
  SUPERVISING_BODY_SEAT,
} from '@duban/domain';
import {
  appendRectificationEvent,
  DutyEntity,
  holdersOf,
  issueMilestone,
  lockRectification,
  milestoneDuties,
  OrganizationEntity,
  PersonEntity,
  RectificationEntity,
  RectificationNoticeEntity,
  rectificationFacts,
  regimeOfRectification,
} from '@duban/persistence';
import { EntityManager } from 'typeorm';
import { ActivityDeps } from '../activity-deps';
import { consoleLinks } from '../notifications/console-links';
import { deliverNotifications, enqueueNotifications } from '../notifications/notification-outbox';

type Outbox = { dutyId: string; stepKey: string };

/** This try's number (1 outside an activity context, as in tests that call the activity directly). */
function attempt(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 1;
  }
}

/** Tries (2 s apart, doubling) before a rectification not found is taken as never recorded (its transaction rolled back). */
const NOT_YET_COMMITTED_ATTEMPTS = 6;

/**
 * Does what is due in a rectification at the workflow's `now`, in one transaction on the locked row, then starts
 * the chase of the duties it issued and delivers the messages it recorded. Retried, it issues, proposes and
 * sends nothing twice (duty keys, the notice's unique reason, the outbox's keys).
 */
export function advanceRectificationActivity(deps: ActivityDeps): RectificationActivities['advanceRectification'] {
  const links = consoleLinks(deps.publicUrl);
  return async ({ rectificationId, now }) => {
    const at = new Date(now);
    const outcome = await deps.dataSource.transaction(async (manager) => {
      const r = await lockRectification(manager, rectificationId);
      if (!r) return null;
      const agenda = rectificationAgenda(await rectificationFacts(manager, r), at, deps.timeZone);
      const created: DutyEntity[] = [];
      const skipped: string[] = [];
      const outbox: Outbox[] = [];
      for (const step of agenda.steps) {
        if (step.kind === 'issue') {
          const issued = await issueMilestone(manager, r, step, deps.timeZone);
          if ('skipped' in issued) skipped.push(issued.skipped);
          else {
            created.push(...issued.created);
            await afterIssued(manager, r, step, issued.created);
          }
        } else if (step.kind === 'mark_late') {
          await manager.update(RectificationEntity, { id: r.id }, { lateSince: step.since });
          r.lateSince = step.since;
          await appendRectificationEvent(manager, r.id, { type: 'late', dedupeKey: `late:${r.round}`, data: { deadline: r.deadline, since: step.since } });
        } else if (step.kind === 'propose_notice') {
          outbox.push(...(await proposeNotice(manager, r, step.reason)));
        } else {
          outbox.push(...(await sendApprovedNotices(manager, r)));
        }
      }
      // What the steps just did may schedule more (the talk's notice date): look at the agenda as it now stands.
      const after = rectificationAgenda(await rectificationFacts(manager, r), at, deps.timeZone);
      return { status: r.status, done: after.done, nextAt: after.nextAt, skipped, created, outbox };
    });
    if (!outcome) {
      // The workflow starts inside the recording transaction: give that commit time before calling it gone.
      if (attempt() < NOT_YET_COMMITTED_ATTEMPTS) throw new Error(`整改事项尚不可见（登记事务可能尚未提交）：${rectificationId}`);
      return { status: 'gone', done: true, nextAt: null, skipped: [] };
    }
    await deps.chases.start(outcome.created.filter((d) => d.status !== 'completed' && d.status !== 'cancelled'));
    for (const { dutyId, stepKey } of outcome.outbox) await deliverNotifications(deps, dutyId, stepKey);
    if (outcome.created.length > 0) deps.log.info({ rectificationId, created: outcome.created.map((d) => d.title) }, '整改跟踪：已下达事项');
    return { status: outcome.status, done: outcome.done, nextAt: outcome.nextAt, skipped: outcome.skipped };
  };

  /** The talk and the order to correct are escalation steps: the rectification records them. */
  async function afterIssued(manager: EntityManager, r: RectificationEntity, step: RectificationStep & { kind: 'issue' }, created: DutyEntity[]): Promise<void> {
    const duty = created[0];
    if (step.milestone === 'admonition') {
      await manager.update(RectificationEntity, { id: r.id }, { escalation: 'admonition', admonitionDueOn: step.dueOn });
      Object.assign(r, { escalation: 'admonition', admonitionDueOn: step.dueOn });
      await appendRectificationEvent(manager, r.id, {
        type: 'admonition_issued',
        dedupeKey: `admonition:${r.round}`,
        data: { dutyId: duty?.id ?? null, dueOn: step.dueOn, why: r.lateSince ? `逾期未完成整改（期限 ${r.deadline}）` : `整改报告本轮被退回 ${r.returnsThisRound} 次` },
      });
    } else if (step.milestone === 'correction') {
      await manager.update(RectificationEntity, { id: r.id }, { escalation: 'correction_ordered' });
      r.escalation = 'correction_ordered';
      await appendRectificationEvent(manager, r.id, { type: 'correction_ordered', dedupeKey: `correction:${r.round}`, data: { dutyId: duty?.id ?? null, dueOn: step.dueOn, why: `未按时反馈纪检监察建议落实情况（期限 ${r.deadline}）` } });
    } else if (duty) {
      await appendRectificationEvent(manager, r.id, { type: 'milestone_issued', dedupeKey: `issued:${duty.periodKey}`, data: { dutyId: duty.id, title: duty.title, dueDate: duty.dueDate } });
    }
  }

  /** Proposes a public notice to the supervising body's seat (once per reason) and asks its holder to decide. */
  async function proposeNotice(manager: EntityManager, r: RectificationEntity, reason: NoticeReason): Promise<Outbox[]> {
    const inserted = await manager.createQueryBuilder().insert().into(RectificationNoticeEntity).values({ rectificationId: r.id, reason, status: 'proposed' }).orIgnore().returning(['id']).execute();
    const notice = await manager.getRepository(RectificationNoticeEntity).findOneByOrFail({ rectificationId: r.id, reason });
    if ((inserted.raw as unknown[]).length > 0) {
      await manager.update(RectificationEntity, { id: r.id }, { escalation: 'notice_proposed' });
      r.escalation = 'notice_proposed';
      await appendRectificationEvent(manager, r.id, { type: 'notice_proposed', dedupeKey: `notice_proposed:${reason}`, data: { noticeId: notice.id, reason, reasonLabel: NOTICE_REASON_LABELS[reason] } });
    }
    const dutyId = await anchorDutyId(manager, r);
    if (!dutyId) return [];
    const deciders = (await holdersOf(manager, r.supervisingOrganizationId, [SUPERVISING_BODY_SEAT[r.supervisingBody]])).map((h) => h.person);
    const stepKey = `notice-proposed:${notice.id}`;
    await enqueueNotifications(manager, { dutyId, stepKey, template: 'rectificationNoticeProposal', recipients: deciders, data: await noticeData(manager, r, reason) });
    return [{ dutyId, stepKey }];
  }

  /** Sends each approved notice not yet sent to the 一把手 of every organization it lists, and marks it sent. */
  async function sendApprovedNotices(manager: EntityManager, r: RectificationEntity): Promise<Outbox[]> {
    const notices = await manager.getRepository(RectificationNoticeEntity).findBy({ rectificationId: r.id, status: 'approved' });
    const outbox: Outbox[] = [];
    const dutyId = await anchorDutyId(manager, r);
    for (const notice of notices.filter((n) => !n.sentAt)) {
      const recipients: PersonEntity[] = [];
      for (const organizationId of notice.recipientOrganizationIds) recipients.push(...(await holdersOf(manager, organizationId, ['principal'])).map((h) => h.person));
      if (dutyId && recipients.length > 0) {
        const stepKey = `notice:${notice.id}`;
        const approver = notice.decidedByPersonId ? await manager.getRepository(PersonEntity).findOneBy({ id: notice.decidedByPersonId }) : null;
        await enqueueNotifications(manager, {
          dutyId,
          stepKey,
          template: 'rectificationNotice',
          recipients,
          data: { ...(await noticeData(manager, r, notice.reason)), number: notice.number, approvedBy: approver?.name ?? '', approvedOn: notice.decidedAt ? calendarDate(notice.decidedAt, deps.timeZone) : '' },
        });
        outbox.push({ dutyId, stepKey });
      }
      await manager.update(RectificationNoticeEntity, { id: notice.id }, { sentAt: new Date() });
      await manager.update(RectificationEntity, { id: r.id }, { escalation: 'notice_issued' });
      r.escalation = 'notice_issued';
      await appendRectificationEvent(manager, r.id, { type: 'notice_sent', dedupeKey: `notice_sent:${notice.id}`, data: { noticeId: notice.id, number: notice.number, recipients: recipients.length, organizations: notice.recipientOrganizationIds.length } });
    }
    return outbox;
  }

  /** Messages are kept per duty in the outbox: a rectification's are kept with its report (or answer) of the round, else its latest milestone. */
  async function anchorDutyId(manager: EntityManager, r: RectificationEntity): Promise<string | null> {
    const duties = await milestoneDuties(manager, r.id);
    return (duties.find((d) => d.periodKey === `rect:${r.id}:report:${r.round}`) ?? duties.at(-1))?.id ?? null;
  }

  async function noticeData(manager: EntityManager, r: RectificationEntity, reason: NoticeReason) {
    const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: r.organizationId });
    const facts = [
      r.lateSince ? `逾期未完成（${r.lateSince} 起）` : null,
      r.returnsThisRound > 0 ? `整改报告被退回 ${r.returnsThisRound} 次` : null,
      r.admonitionDueOn ? `已于 ${r.admonitionDueOn} 前约谈` : null,
      r.paperOnlyAt ? '审核发现“纸面整改”、虚假整改' : null,
    ].filter(Boolean);
    const template = milestoneTemplate(await regimeOfRectification(manager, r), r.kind, 'admonition');
    return {
      organizationName: organization.name,
      reasonLabel: NOTICE_REASON_LABELS[reason],
      description: r.description,
      sourceLabel: RECTIFICATION_SOURCE_LABELS[r.source],
      deadline: r.deadline,
      facts: facts.join('；') || '—',
      citation: formatCitations(template.citations),
      rectificationUrl: links.rectification(r.id),
    };
  }
}
