import { calendarDate, dueDateOf } from '@duban/domain';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { ApiClient } from '../support/api-client';
import { SystemUnderTest } from '../support/system-under-test';

/**
 * The vertical slice over HTTP, in real time: build a tree, switch on the supervision talk with a due
 * date seconds away, complete one duty, let the other slip, approve its escalation, and read what the
 * SMTP server received and what the API says happened.
 */
describe('supervision talk, end to end over HTTP (Temporal dev server, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest();
  let people: HttpTree['people'];
  let orgs: HttpTree['orgs'];
  /** The API as 市委书记 (m, owes the duties) and as 市纪委书记 (mj, supervises). */
  let m: ApiClient;
  let mj: ApiClient;

  beforeAll(async () => {
    await sut.start();
    ({ people, orgs } = await buildTreeOverHttp(sut.api, 'talk', { pack: 'anhui-2022' }));
    [m, mj] = await Promise.all([sut.as(people.m.id), sut.as(people.mj.id)]);
  });
  afterAll(() => sut.stop());

  it('reminds, records a completion, and escalates the slipped duty after a supervisor approves', async () => {
    const dueAt = new Date(Date.now() + 12_000).toISOString();
    const enabled = await issueOverHttp(sut.api, orgs.mid, { dueAt, policy: { reminderOffsets: ['PT6S'], gracePeriod: 'PT3S', approvalTimeout: 'PT2M' } });
    expect(enabled.status).toBe(201);
    expect(enabled.body.duties).toHaveLength(2);
    const dutyA = enabled.body.duties.find((d: any) => d.counterpart.id === people.a.id);
    const dutyB = enabled.body.duties.find((d: any) => d.counterpart.id === people.b.id);
    expect(dutyA).toMatchObject({ title: '监督谈话', status: 'pending', statusLabel: '待办', responsible: { id: people.m.id, name: '市委书记' }, dueAt });
    expect(dutyA.citation).toContain('第（三）条');
    expect(dutyB.counterpart).toMatchObject({ name: '乙县委书记', organizationName: '中共乙县委' });

    // Issuing it again changes nothing: the same key (organization, template, period, seat, counterpart).
    const again = await issueOverHttp(sut.api, orgs.mid, { dueAt });
    expect([again.status, again.body.created]).toEqual([201, 0]);
    expect(again.body.duties.map((d: any) => d.id).sort()).toEqual([dutyA.id, dutyB.id].sort());

    await sut.smtp.waitFor((all) => all.filter((m) => m.to.includes(people.m.email) && m.subject.startsWith('【督办提醒】')).length === 2);
    const reminder = sut.smtp.to(people.m.email).find((m) => m.subject.startsWith('【督办提醒】') && m.subject.includes('乙县委书记'))!;
    expect(reminder.subject).toBe(`【督办提醒】监督谈话：中共乙县委 乙县委书记，请于${dueDateOf(dueAt)}前完成`);
    expect(reminder.text).toContain('依据：《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（三）条');
    // A new duty first asks to be acknowledged (签收).
    expect(sut.smtp.to(people.m.email).filter((m) => m.subject.startsWith('【请签收】'))).toHaveLength(2);

    const byOther = await mj.post(`/duties/${dutyA.id}/completion`, { heldOn: calendarDate(new Date()), note: '代登记' });
    expect(byOther.status).toBe(403);
    const done = await m.post(`/duties/${dutyA.id}/completion`, { heldOn: calendarDate(new Date()), note: '与甲区委书记开展年度监督谈话' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', completion: { note: '与甲区委书记开展年度监督谈话', counterpartPersonId: people.a.id } });
    expect((await m.post(`/duties/${dutyA.id}/completion`, { heldOn: calendarDate(new Date()), note: '再次' })).status).toBe(409);

    await sut.smtp.waitFor((all) => all.some((m) => m.to.includes(people.mj.email) && m.subject.startsWith('【逾期通报】')));
    await sut.smtp.waitFor((all) => [people.mj.email, people.mz.email].every((to) => all.some((m) => m.to.includes(to) && m.subject.startsWith('【升级待审批】'))));
    const proposals = await eventually(async () => {
      const res = await sut.api.get(`/escalations?status=pending&organizationId=${orgs.mid}`);
      return res.body.length === 1 ? res.body : undefined;
    });
    expect(proposals[0].dutyId).toBe(dutyB.id);
    expect(proposals[0].targetOrganizationId).toBe(orgs.top);
    expect(proposals[0].duty).toMatchObject({ id: dutyB.id, status: 'escalation_proposed', colour: 'red', counterpart: { name: '乙县委书记' } });
    // On the due date the responsible leader is told too, for the slipped duty only.
    expect(sut.smtp.to(people.m.email).filter((m) => m.subject.startsWith('【已到期】')).map((m) => m.subject)).toEqual([
      `【已到期】监督谈话：中共乙县委 乙县委书记，截止日期${dueDateOf(dueAt)}已到`,
    ]);

    const notSupervisor = await m.post(`/escalations/${proposals[0].id}/decision`, { decision: 'approve' });
    expect(notSupervisor.status).toBe(403);
    const approved = await mj.post(`/escalations/${proposals[0].id}/decision`, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', notified: 2, noticeNumber: expect.stringMatching(/^督办预警〔\d{4}〕第 \d+ 号$/), proposal: { status: 'approved', decidedByPersonId: people.mj.id } });
    const twice = await mj.post(`/escalations/${proposals[0].id}/decision`, { decision: 'approve' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_DECIDED');

    for (const to of [people.t.email, people.tj.email]) {
      const warning = sut.smtp.to(to).find((m) => m.subject.startsWith('【预警】'));
      expect(warning?.subject).toBe('【预警】中共某市委市委书记“监督谈话”逾期未完成');
      expect(warning?.text).toContain('审批人：市纪委书记');
      expect(warning?.text).toContain(approved.body.noticeNumber);
      // The numbered warning notice (预警函) travels as a PDF.
      expect(warning?.attachments).toHaveLength(1);
      expect(warning?.attachments[0]).toMatchObject({ contentType: 'application/pdf', filename: `预警函-${approved.body.noticeNumber}.pdf` });
      expect(warning?.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const notices = await sut.api.get(`/duties/${dutyB.id}/warning-notices`);
    expect(notices.body).toEqual([expect.objectContaining({ number: approved.body.noticeNumber, recipientOrganizationId: orgs.top })]);
    const pdf = await fetch(`${sut.api.baseUrl}${notices.body[0].pdfUrl}`, { headers: sut.api.authorization });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    // The completed duty was never reported overdue.
    expect(sut.smtp.messages.filter((m) => m.text.includes('甲区委书记') && /逾期|预警/.test(m.subject))).toHaveLength(0);

    const b = await sut.api.get(`/duties/${dutyB.id}`);
    expect(b.body.status).toBe('escalated');
    expect(b.body).toMatchObject({ colour: 'red', colourLabel: '红' });
    expect(b.body.history.map((e: any) => e.type)).toEqual(['created', 'acknowledge_requested', 'reminded', 'overdue', 'escalation_proposed', 'escalation_approved']);
    expect(b.body.history[5]).toMatchObject({ label: '批准升级', actor: { kind: 'person', personId: people.mj.id } });
    const a = await sut.api.get(`/duties/${dutyA.id}/history`);
    expect(a.body.map((e: any) => e.type)).toEqual(['created', 'acknowledge_requested', 'reminded', 'completed']);

    const completed = await sut.api.get(`/duties?organizationId=${orgs.mid}&status=completed`);
    expect(completed.body).toMatchObject({ total: 1, items: [{ id: dutyA.id, colour: null }] });
    const ofB = await sut.api.get(`/duties?personId=${people.b.id}`);
    expect(ofB.body.items.map((d: any) => d.id)).toEqual([dutyB.id]);
    const inTree = await sut.api.get(`/duties?organizationId=${orgs.top}&subtree=true&dueFrom=${dueDateOf(dueAt)}&dueTo=${dueDateOf(dueAt)}`);
    expect(inTree.body.total).toBe(2);
    const outside = await sut.api.get(`/duties?organizationId=${orgs.top}`);
    expect(outside.body.total).toBe(0);
  });

  describe('bad input gets 400 with the field and the reason, unknown ids 404', () => {
    it.each([
      ['a malformed duration', { policy: { gracePeriod: '7 days' } }, 'policy.gracePeriod', 'ISO-8601 时长'],
      ['a malformed reminder offset', { policy: { reminderOffsets: ['P7D', 'soon'] } }, 'policy.reminderOffsets', 'ISO-8601 时长'],
      ['a template not in the pack', { templateId: 'no-such-duty' }, 'templateId', '不是本组织所用策略包（anhui-2022）的义务模板'],
      ['an unknown field', { colour: 'red' }, 'colour', '不允许的字段'],
      ['a due date without its zone', { dueAt: '2027-06-30T00:00:00' }, 'dueAt', 'ISO-8601'],
      ['a bad due date', { dueAt: '明年' }, 'dueAt', 'ISO-8601'],
    ])('issue with %s', async (_what, body, field, reason) => {
      const res = await sut.api.post(`/organizations/${orgs.mid}/duties`, { templateId: 'supervision-talk', dueAt: '2027-06-30T00:00:00+08:00', ...body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason: expect.stringContaining(reason) })]));
    });

    it('refuses a path id that is not a UUID, naming it', async () => {
      const res = await sut.api.get('/duties/123');
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'id', reason: '应为 UUID' }]);
    });

    it('answers 404 for unknown organizations, duties and proposals', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      for (const [method, path, body] of [
        ['post', `/organizations/${unknown}/duties`, { templateId: 'supervision-talk', dueAt: '2027-06-30T00:00:00+08:00' }],
        ['get', `/duties/${unknown}`, undefined],
        ['post', `/escalations/${unknown}/decision`, { decision: 'approve' }],
      ] as const) {
        const res = await sut.api.request(method.toUpperCase(), path, body);
        expect({ path, status: res.status }).toEqual({ path, status: 404 });
        expect(res.body.message).toMatch(/不存在/);
      }
    });

    it('refuses malformed JSON, a bad e-mail, a duplicate e-mail, a bad status filter and an organization made its own ancestor', async () => {
      const malformed = await sut.api.request('POST', '/people', undefined, '{"name": "张三",');
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toBe('请求体不是合法的 JSON');

      const badEmail = await sut.api.post('/people', { name: '张三', email: 'not-an-email' });
      expect(badEmail.status).toBe(400);
      expect(badEmail.body.details).toEqual([{ field: 'email', reason: '应为有效的电子邮箱地址' }]);

      const duplicate = await sut.api.post('/people', { name: '另一个', email: people.m.email });
      expect(duplicate.status).toBe(409);

      const weekDate = await sut.api.get('/duties?dueFrom=2026-W01-1');
      expect(weekDate.status).toBe(400);
      expect(weekDate.body.details[0]).toEqual({ field: 'dueFrom', reason: '应为日期（YYYY-MM-DD）' });

      const badStatus = await sut.api.get('/duties?status=lost');
      expect(badStatus.status).toBe(400);
      expect(badStatus.body.details[0].field).toBe('status');

      const cycle = await sut.api.request('PATCH', `/organizations/${orgs.top}`, { parentId: orgs.a });
      expect(cycle.status).toBe(400);
      expect(cycle.body.details).toEqual([{ field: 'parentId', reason: expect.stringContaining('形成环') }]);

      const injection = await sut.api.post('/people', { name: "Robert'); DROP TABLE people;--", email: 'bobby@e2e.duban.local' });
      expect(injection.status).toBe(201);
      expect((await sut.api.get(`/people/${injection.body.id}`)).body.name).toBe("Robert'); DROP TABLE people;--");
    });

    it('requires a reason to reject and a future date to extend', async () => {
      const [proposal] = (await sut.api.get('/escalations')).body;
      const reject = await mj.post(`/escalations/${proposal.id}/decision`, { decision: 'reject' });
      expect(reject.status).toBe(400);
      expect(reject.body.details).toEqual([{ field: 'reason', reason: '驳回时必须说明理由' }]);
      const past = await mj.post(`/escalations/${proposal.id}/decision`, { decision: 'extend', newDueAt: '2020-01-01T00:00:00+08:00' });
      expect(past.status).toBe(400);
      expect(past.body.details).toEqual([{ field: 'newDueAt', reason: '新的截止时刻必须晚于现在' }]);
      const badDecision = await mj.post(`/escalations/${proposal.id}/decision`, { decision: 'forget' });
      expect(badDecision.status).toBe(400);
      expect(badDecision.body.details[0].field).toBe('decision');
    });
  });
});
