import { calendarDate } from '@duban/domain';
import { ApiClient } from '../support/api-client';
import { eventually } from '../support/eventually';
import { completeWithEvidence } from '../support/evidence';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

const inDays = (days: number) => calendarDate(new Date(Date.now() + days * 86_400_000));

/**
 * The rectification register in real time: a finding recorded by the supervising body becomes the 一把手's plan
 * and report, the report is sent back as paper-only (a public notice is proposed, approved, sent to the listed
 * organizations), redone and accepted, visited and reopened, redone, accepted and visited again.
 */
describe('rectification follow-up (Temporal dev server, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let id: string;
  const as = {} as Record<'m' | 'mj' | 'a' | 'b', ApiClient>;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'rect', { pack: 'beijing-2021' });
    for (const who of ['m', 'mj', 'a', 'b'] as const) as[who] = await sut.as(tree.people[who].id);
  });
  afterAll(() => sut.stop());

  const finding = { source: 'inspection', description: '“三重一大”决策制度执行不严格', category: '民主集中制', severity: 'serious', foundOn: calendarDate(new Date()), deadline: inDays(60) };
  const get = async () => (await as.mj.get(`/rectifications/${id}`)).body;
  const milestone = async (key: string) => eventually(async () => {
    const found = (await get()).milestones.find((d: any) => d.milestone === key.split(':')[0] && d.periodKey.endsWith(key));
    expect(found).toBeDefined();
    return found;
  });

  it('refuses a deadline before the finding, an unknown source, a supervising body below', async () => {
    const early = await as.mj.post(`/organizations/${tree.orgs.a}/rectifications`, { ...finding, deadline: inDays(-30), foundOn: inDays(-10) });
    expect(early.status).toBe(400);
    expect(early.body.details).toEqual([{ field: 'deadline', reason: `整改期限（${inDays(-30)}）不能早于发现日期（${inDays(-10)}）` }]);
    const unknown = await as.mj.post(`/organizations/${tree.orgs.a}/rectifications`, { ...finding, source: 'rumour' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('source');
    const below = await as.mj.post(`/organizations/${tree.orgs.mid}/rectifications`, { ...finding, supervisingOrganizationId: tree.orgs.a });
    expect(below.body.details).toEqual([{ field: 'supervisingOrganizationId', reason: '监督单位必须是本组织或其上级组织' }]);
    expect((await as.b.post(`/organizations/${tree.orgs.a}/rectifications`, finding)).status).toBe(404);
  });

  it('recorded: the 一把手 owes the plan and the report, cited to the regime', async () => {
    const recorded = await as.mj.post(`/organizations/${tree.orgs.a}/rectifications`, finding);
    expect(recorded.status).toBe(201);
    id = recorded.body.id;
    expect(recorded.body).toMatchObject({ status: 'planning', statusLabel: '待报整改方案', supervisingOrganizationId: tree.orgs.mid, supervisingBody: 'inspection', colour: 'blue', citation: '《北京市关于加强对“一把手”和领导班子监督的若干措施》第（二十五）条' });
    const plan = await milestone('plan');
    const report = await milestone('report:0');
    expect(plan.responsible.id).toBe(tree.people.a.id);
    expect(report).toMatchObject({ dueDate: finding.deadline, responsible: { id: tree.people.a.id } });
    // The 一把手 is asked to acknowledge each milestone; the message links to the duty and to the rectification.
    const ask = await eventually(async () => sut.smtp.to(tree.people.a.email).find((m) => m.subject.startsWith('【请签收】报送整改方案')));
    expect(ask.text).toContain(`/console/duties/${plan.id}`);
    expect(ask.text).toContain(`整改事项：`);
    expect(ask.text).toContain(`/console/rectifications/${id}`);
    expect((await as.a.get(`/rectifications/${id}`)).status).toBe(200);
    expect((await as.b.get(`/rectifications/${id}`)).status).toBe(404);
    expect((await as.a.get('/rectifications')).body.items.map((r: any) => r.id)).toContain(id);
  });

  it('plan, then report; sent back as paper-only: a notice is proposed to the supervising body', async () => {
    const plan = await milestone('plan');
    expect((await completeWithEvidence(as.a, plan.id, { heldOn: calendarDate(new Date()), note: '整改方案已报送' })).status).toBe(200);
    expect((await get()).status).toBe('rectifying');
    const report = await milestone('report:0');
    expect((await completeWithEvidence(as.a, report.id, { heldOn: calendarDate(new Date()), note: '已整改完成' })).status).toBe(200);
    expect((await get()).status).toBe('reviewing');
    expect((await as.mj.get('/rectification-queue')).body.reviews.map((r: any) => r.id)).toContain(id);
    expect((await as.a.post(`/rectifications/${id}/review`, { decision: 'accept' })).status).toBe(403);

    const returned = await as.mj.post(`/rectifications/${id}/review`, { decision: 'return', returnKind: 'paper_only', reason: '只有制度文本，没有执行记录', newDeadline: inDays(30) });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'rectifying', deadline: inDays(30), returnsThisRound: 1 });
    const proposed = await eventually(async () => {
      const body = await get();
      expect(body.notices).toHaveLength(1);
      return body;
    });
    expect(proposed.notices[0]).toMatchObject({ reason: 'paper_only', status: 'proposed' });
    expect(proposed.escalation).toBe('notice_proposed');
    const asked = await eventually(async () => {
      const mails = sut.smtp.to(tree.people.mj.email).filter((m) => m.subject.startsWith('【请审批】拟对中共甲区委'));
      return mails.length > 0 ? mails : undefined;
    });
    expect(asked).toHaveLength(1);
    expect(asked[0].text).toContain(`/console/rectifications/${id}`);
  });

  it('the notice needs a list of organizations; approved, it is numbered and sent to their 一把手', async () => {
    const noList = await as.mj.post(`/rectifications/${id}/notice/decision`, { approve: true });
    expect(noList.status).toBe(400);
    expect((await sut.api.put(`/organizations/${tree.orgs.mid}/rectification-settings`, { noticeRecipientOrganizationIds: [tree.orgs.b] })).status).toBe(200);
    const approved = await as.mj.post(`/rectifications/${id}/notice/decision`, { approve: true, note: '同意通报' });
    expect(approved.status).toBe(200);
    expect(approved.body.notices[0].number).toMatch(/^整改通报〔\d{4}〕第 \d+ 号$/);
    const sent = await eventually(async () => {
      const mails = sut.smtp.to(tree.people.b.email).filter((m) => m.subject.startsWith('【整改通报】'));
      return mails.length > 0 ? mails : undefined;
    });
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toContain(approved.body.notices[0].number);
    expect(sent[0].text).toContain('“三重一大”决策制度执行不严格');
    await eventually(async () => ((await get()).escalation === 'notice_issued' ? true : undefined));
    expect((await as.mj.post(`/rectifications/${id}/notice/decision`, { approve: true })).status).toBe(409);
  });

  it('redone and accepted: the visit falls to the supervising body; it reopens, then confirms', async () => {
    const report = await milestone('report:0');
    expect((await completeWithEvidence(as.a, report.id, { heldOn: calendarDate(new Date()), note: '补充执行记录' })).status).toBe(200);
    expect((await as.mj.post(`/rectifications/${id}/review`, { decision: 'accept' })).body.status).toBe('accepted');
    const visit = await milestone('visit:0');
    expect(visit.responsible.id).toBe(tree.people.mj.id);
    const reopened = await as.mj.post(`/rectifications/${id}/visit`, { outcome: 'reopen', heldOn: calendarDate(new Date()), note: '问题反弹', newDeadline: inDays(20) });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'rectifying', round: 1, deadline: inDays(20) });
    const second = await milestone('report:1');
    expect((await completeWithEvidence(as.a, second.id, { heldOn: calendarDate(new Date()), note: '再次整改' })).status).toBe(200);
    expect((await as.mj.post(`/rectifications/${id}/review`, { decision: 'accept' })).body.status).toBe('accepted');
    await milestone('visit:1');
    const closed = await as.mj.post(`/rectifications/${id}/visit`, { outcome: 'confirmed', heldOn: calendarDate(new Date()), note: '整改到位' });
    expect(closed.body).toMatchObject({ status: 'closed', statusLabel: '已回访销号', colour: null });
    expect(closed.body.events.map((e: any) => e.type)).toEqual(expect.arrayContaining(['recorded', 'plan_submitted', 'report_submitted', 'report_returned', 'notice_proposed', 'notice_approved', 'notice_sent', 'report_accepted', 'visit_reopened', 'visit_confirmed']));
  });
});
