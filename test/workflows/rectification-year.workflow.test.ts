import { rectificationWorkflowId } from '@duban/contracts';
import { calendarDate, onDay } from '@duban/domain';
import { OrganizationEntity, RectificationNoticeEntity } from '@duban/persistence';
import { DateTime, DurationLike } from 'luxon';
import { ChaseHarness } from '../support/chase-harness';
import { eventually } from '../support/eventually';
import { RectificationSteps } from '../support/rectification-harness';
import { buildTree, TreeFixture } from '../support/tree-fixture';

const ZONE = 'Asia/Shanghai';
const plus = (date: string, duration: DurationLike) => DateTime.fromISO(date, { zone: ZONE }).plus(duration).toISODate()!;

/**
 * Rectifications followed up for months on the time-skipping server, with the real workflow, activities, chases,
 * Postgres and SMTP: a finding planned, reported on, sent back, accepted and visited (closed); findings left late
 * (the admonition talk above, a public notice proposed a month after it, approved and sent once); a supervision
 * recommendation unanswered (the order to correct). Completions and reviews go through the duty command service
 * as the API's do; the follow-up is told by its signal.
 */
describe('rectification follow-up over months (time-skipping)', () => {
  const h = new ChaseHarness();
  const steps = new RectificationSteps(h);
  let tree: TreeFixture;

  beforeAll(async () => {
    await h.start();
    tree = await buildTree(h.db.dataSource);
  });
  afterAll(() => h.stop());

  const today = async () => calendarDate(new Date(await h.now()), ZONE);
  /** Sleeps the server until noon (in the zone) of `date`. */
  const until = async (date: string) => h.env.sleep(Math.max(0, DateTime.fromISO(`${date}T12:00`, { zone: ZONE }).toMillis() - (await h.now())));
  const mails = (email: string, subject: string) => h.smtp.to(email).filter((m) => m.subject.includes(subject));

  it('a finding: plan, monthly progress, report sent back and redone, accepted, visited and closed', async () => {
    const t0 = await today();
    const deadline = plus(t0, { months: 4 });
    const r = await steps.record({ organizationId: tree.subs[0].id, supervisingOrganizationId: tree.mid.id, source: 'inspection', description: '“三重一大”决策制度执行不严格', foundOn: t0, deadline, recordedBy: tree.mid.discipline.personId });

    const plan = await steps.milestone(r.id, 'plan');
    await steps.milestone(r.id, 'progress:1');
    expect((await steps.milestones(r.id)).sort()).toEqual([`plan@${plus(t0, { months: 1 })}`, `progress:1@${plus(t0, { months: 1 })}`, `report:0@${deadline}`].sort());
    expect(plan).toMatchObject({ responsiblePersonId: tree.subs[0].principal.personId, templateId: 'rectification-plan' });
    expect(plan.citation).toContain('第（二十一）条');

    await until(plus(t0, { days: 10 }));
    await steps.complete(plan, '整改方案已报送');
    expect((await steps.get(r.id)).status).toBe('rectifying');

    await until(plus(t0, { months: 1 }));
    await steps.complete(await steps.milestone(r.id, 'progress:1'), '已完成制度修订');
    await steps.waitForEvent(r.id, 'progress_reported');
    await steps.milestone(r.id, 'progress:2');
    await until(plus(t0, { months: 2 }));
    await steps.milestone(r.id, 'progress:3');

    // Reported early, sent back as inadequate with a new deadline; redone and accepted.
    await until(plus(t0, { months: 2, days: 5 }));
    const report = await steps.milestone(r.id, 'report:0');
    await steps.complete(report, '已整改完成');
    expect((await steps.get(r.id)).status).toBe('reviewing');
    const newDeadline = plus(t0, { months: 3, days: 15 });
    await steps.returnReport(report, '只有制度文本，没有执行记录', new Date(onDay(newDeadline, ZONE).at), tree.mid.discipline.personId);
    expect(await steps.get(r.id)).toMatchObject({ status: 'rectifying', deadline: newDeadline, returnsThisRound: 1, escalation: null });
    await eventually(async () => (mails(tree.subs[0].principal.email, '【完成情况被退回】').length === 1 ? true : undefined));

    await until(plus(t0, { months: 3, days: 5 }));
    await steps.complete(await h.duty(report.id), '补充执行记录');
    await steps.acceptReport(report, tree.mid.discipline.personId);
    const accepted = await steps.get(r.id);
    expect(accepted).toMatchObject({ status: 'accepted', lateSince: null });
    // No progress report is due on or after the (new) deadline: the three monthly ones only.
    const visit = await steps.milestone(r.id, 'visit:0');
    expect(visit).toMatchObject({ responsiblePersonId: tree.mid.discipline.personId, dueDate: plus(accepted.acceptedOn!, { months: 6 }), templateId: 'rectification-visit' });
    expect((await steps.milestones(r.id)).filter((k) => k.startsWith('progress'))).toEqual([
      `progress:1@${plus(t0, { months: 1 })}`,
      `progress:2@${plus(t0, { months: 2 })}`,
      `progress:3@${plus(t0, { months: 3 })}`,
    ]);

    await until(plus(t0, { months: 4 }));
    await steps.complete(visit, '回访确认整改到位', { visitOutcome: 'confirmed' });
    await steps.ended(r.id);
    expect((await steps.get(r.id)).status).toBe('closed');
    expect((await steps.eventTypes(r.id)).filter((t) => t !== 'milestone_issued')).toEqual([
      'recorded',
      'plan_submitted',
      'progress_reported',
      'report_submitted',
      'report_returned',
      'report_submitted',
      'report_accepted',
      'visit_confirmed',
    ]);
    expect(mails(tree.subs[0].principal.email, '报送整改方案').length).toBeGreaterThan(0);
    expect(mails(tree.mid.discipline.email, '整改情况回访').length).toBeGreaterThan(0);
    await h.recordHistory('rectification-closed', rectificationWorkflowId(r.id));
  });

  it('findings left late: the talk above (the 一把手, or the member overseeing), a notice a month after it, approved and sent once', async () => {
    const t1 = await today();
    const deadline = plus(t1, { days: 20 });
    await h.db.dataSource.getRepository(OrganizationEntity).update({ id: tree.subs[0].id }, { overseenByPositionId: tree.mid.organization.positionId });
    const record = (organizationId: string) =>
      steps.record({ organizationId, supervisingOrganizationId: tree.mid.id, source: 'audit', description: '专项资金管理不规范', foundOn: t1, deadline, recordedBy: tree.mid.discipline.personId });
    const late = await record(tree.subs[1].id);
    const overseen = await record(tree.subs[0].id);
    await steps.milestone(late.id, 'report:0');
    // The plan would fall due after the deadline, the first progress report on it: only the report is asked.
    expect(await steps.milestones(late.id)).toEqual([`report:0@${deadline}`]);

    await until(deadline);
    expect((await steps.get(late.id)).lateSince).toBeNull();
    await until(plus(deadline, { days: 1 }));
    const talkDue = plus(deadline, { days: 16 });
    for (const [r, owner, talkedTo] of [[late, tree.mid.principal, tree.subs[1].principal], [overseen, tree.mid.organization, tree.subs[0].principal]] as const) {
      await steps.waitForEvent(r.id, 'admonition_issued');
      expect(await steps.get(r.id)).toMatchObject({ lateSince: plus(deadline, { days: 1 }), escalation: 'admonition', admonitionDueOn: talkDue });
      expect(await steps.milestone(r.id, 'admonition')).toMatchObject({ responsiblePersonId: owner.personId, counterpartPersonId: talkedTo.personId, dueDate: talkDue, templateId: 'rectification-admonition' });
    }
    expect((await steps.milestone(late.id, 'admonition')).counterpartOrganizationId).toBe(tree.subs[1].id);

    // Still nothing submitted a month after the talk was due: the notice is proposed the day after, not before.
    const noticeOn = plus(talkDue, { months: 1, days: 1 });
    await until(plus(noticeOn, { days: -1 }));
    expect(await h.db.dataSource.getRepository(RectificationNoticeEntity).countBy({ rectificationId: late.id })).toBe(0);
    await until(noticeOn);
    await steps.waitForEvent(late.id, 'notice_proposed');
    expect(await steps.get(late.id)).toMatchObject({ escalation: 'notice_proposed' });
    await eventually(async () => (mails(tree.mid.discipline.email, '【请审批】拟对下级乙党委整改问题通报曝光').length > 0 ? true : undefined));
    expect(mails(tree.mid.discipline.email, '【请审批】拟对下级乙党委整改问题通报曝光')).toHaveLength(1);

    const number = await steps.approveNotice(late, [tree.subs[0].id, tree.top.id], tree.mid.discipline.personId);
    await steps.waitForEvent(late.id, 'notice_sent');
    await until(plus(noticeOn, { days: 3 }));
    for (const email of [tree.subs[0].principal.email, tree.top.principal.email]) {
      const sent = await eventually(async () => { const m = mails(email, `【整改通报】${number}：下级乙党委`); return m.length > 0 ? m : undefined; });
      expect(sent).toHaveLength(1);
      expect(sent[0].text).toContain('专项资金管理不规范');
    }
    expect(mails(tree.subs[1].principal.email, '【整改通报】')).toHaveLength(0);
    expect(await steps.get(late.id)).toMatchObject({ escalation: 'notice_issued', status: 'planning' });
    expect((await steps.eventTypes(late.id)).filter((t) => t.startsWith('notice'))).toEqual(['notice_proposed', 'notice_approved', 'notice_sent']);
    await h.recordHistory('rectification-late-notice', rectificationWorkflowId(late.id));
  });

  it('a recommendation unanswered by its deadline: the order to correct, owed by the superior’s 一把手', async () => {
    const t2 = await today();
    const deadline = plus(t2, { days: 10 });
    const r = await steps.record({ organizationId: tree.subs[0].id, supervisingOrganizationId: tree.mid.id, source: 'supervision_recommendation', description: '建议健全公务接待审批制度', foundOn: t2, deadline, recordedBy: tree.mid.discipline.personId });
    expect(await steps.milestone(r.id, 'report:0')).toMatchObject({ templateId: 'recommendation-answer', responsiblePersonId: tree.subs[0].principal.personId });

    await until(plus(deadline, { days: 1 }));
    await steps.waitForEvent(r.id, 'correction_ordered');
    expect(await steps.get(r.id)).toMatchObject({ status: 'rectifying', escalation: 'correction_ordered', lateSince: plus(deadline, { days: 1 }) });
    // Not the member overseeing the organization (that is the talk's): the superior's 一把手.
    expect(await steps.milestone(r.id, 'correction')).toMatchObject({ responsiblePersonId: tree.mid.principal.personId, dueDate: plus(deadline, { days: 16 }), templateId: 'recommendation-correction' });
    expect((await steps.milestones(r.id)).map((k) => k.split('@')[0]).sort()).toEqual(['correction', 'report:0']);
    await eventually(async () => (mails(tree.mid.principal.email, '责令改正并通报批评').length > 0 ? true : undefined));
  });
});
