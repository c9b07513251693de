import { calendarDate } from '@duban/domain';
import { ApiClient } from '../support/api-client';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';
import { completeWithEvidence } from '../support/evidence';

/** A chase that says nothing before the due date and only the due-date notice after it (no escalation for a month). */
const QUIET = { reminderOffsets: [], acknowledgeReminderInterval: null, overdueReminderInterval: null, gracePeriod: 'P30D', approvalTimeout: 'P7D' };

/**
 * The review of a completion and the 评议 of a 述责述廉, in real time: the supervising body returns a completion
 * (the leader is emailed, the chase starts again and reaches the new date), the redone completion is accepted, a
 * second review is refused; 评议 results only where the regime has them.
 */
describe('reviewing completions and recording 评议 (Temporal dev server, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let duty: any;
  const as = {} as Record<'m' | 'mj' | 'b' | 'a', ApiClient>;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'review', { pack: 'central-2021' });
    for (const who of ['m', 'mj', 'a', 'b'] as const) as[who] = await sut.as(tree.people[who].id);
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 3_600_000).toISOString(), policy: QUIET });
    expect(issued.status).toBe(201);
    duty = issued.body.duties.find((d: any) => d.counterpart.id === tree.people.a.id);
  });
  afterAll(() => sut.stop());

  const mail = (who: keyof HttpTree['people'], prefix: string) => sut.smtp.to(tree.people[who].email).filter((m) => m.subject.startsWith(prefix));
  const complete = (note: string) => as.m.post(`/duties/${duty.id}/completion`, { heldOn: calendarDate(new Date()), note });

  it('a completion awaits review by the supervising body, who sees it with its note; nobody else reviews it', async () => {
    expect((await complete('已谈话，走了个过场')).status).toBe(200);
    const awaiting = (await as.mj.get('/reviews')).body as any[];
    expect(awaiting.map((d) => d.id)).toContain(duty.id);
    expect(awaiting.find((d) => d.id === duty.id)).toMatchObject({ reviewState: 'awaiting_review', reviewStateLabel: '待审核', completion: { note: '已谈话，走了个过场' }, evidence: [] });
    expect((await as.m.get('/reviews')).body.map((d: any) => d.id)).not.toContain(duty.id);

    const stranger = await as.b.post(`/duties/${duty.id}/review`, { decision: 'accept' });
    expect(stranger.status).toBe(404);
    const own = await as.m.post(`/duties/${duty.id}/review`, { decision: 'accept' });
    expect(own.status).toBe(403);
    expect(own.body.message).toBe('您不是该事项所在单位或其上级的监督人员（纪委书记、组织部长等），无权审核其完成情况');
    expect((await as.a.post(`/duties/${duty.id}/review`, { decision: 'accept' })).status).toBe(403);
  });

  it('a return needs a reason and a new date in the future', async () => {
    const noReason = await as.mj.post(`/duties/${duty.id}/review`, { decision: 'return', newDueAt: new Date(Date.now() + 60_000).toISOString() });
    expect(noReason.body.details).toEqual([{ field: 'reason', reason: '退回时必须说明理由' }]);
    const noDate = await as.mj.post(`/duties/${duty.id}/review`, { decision: 'return', reason: '敷衍' });
    expect(noDate.body.details).toEqual([{ field: 'newDueAt', reason: '退回时必须给出新的截止时刻' }]);
    const past = await as.mj.post(`/duties/${duty.id}/review`, { decision: 'return', reason: '敷衍', newDueAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.body.details).toEqual([{ field: 'newDueAt', reason: '新的截止时刻必须晚于现在' }]);
    expect((await sut.api.get(`/duties/${duty.id}`)).body).toMatchObject({ status: 'completed', returnCount: 0 });
  });

  it('returned: the duty reopens with the new date, the completion stays in the timeline, the leader is emailed once, and the chase reaches the new date', async () => {
    const newDueAt = new Date(Date.now() + 5_000).toISOString();
    const returned = await as.mj.post(`/duties/${duty.id}/review`, { decision: 'return', reason: '谈话记录过于简单，属于走过场', newDueAt });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'pending',
      dueAt: newDueAt,
      completedAt: null,
      completion: null,
      returnCount: 1,
      reviewState: 'returned',
      reviewStateLabel: '被退回',
      returnReason: '谈话记录过于简单，属于走过场',
    });
    const step = returned.body.history.find((e: any) => e.type === 'completion_returned');
    expect(step).toMatchObject({ label: '完成情况被退回', actor: { kind: 'person', personId: tree.people.mj.id } });
    expect(step.data).toMatchObject({ returnSeq: 1, reason: '谈话记录过于简单，属于走过场', newDueAt, returned: { completion: { note: '已谈话，走了个过场' } } });
    expect(returned.body.history.map((e: any) => e.type)).toContain('completed');

    // A retried return finds nothing to return: no second chase, no second email.
    const again = await as.mj.post(`/duties/${duty.id}/review`, { decision: 'return', reason: '再退一次', newDueAt });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('NOT_COMPLETED');

    await sut.smtp.waitFor(() => mail('m', '【完成情况被退回】').length === 1);
    const [email] = mail('m', '【完成情况被退回】');
    expect(email.text).toContain('退回理由：谈话记录过于简单，属于走过场');
    expect(email.text).toContain(`新的截止日期：${returned.body.dueDate}`);
    expect(email.text).toContain(`${sut.config.publicUrl}/console/duties/${duty.id}`);
    const description = await sut.client.workflow.getHandle(`duty-${duty.id}`).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(await description.memo).toMatchObject({ returnSeq: 1 });

    // The new run chases the new date: the duty falls due and the leader is told.
    await eventually(async () => ((await sut.api.get(`/duties/${duty.id}`)).body.status === 'overdue' ? true : undefined), { timeoutMs: 30_000 });
    await sut.smtp.waitFor(() => mail('m', '【已到期】').length === 1);
    expect(mail('m', '【完成情况被退回】')).toHaveLength(1);

    // 我的待办: the leader sees it back, returned, with the reason.
    const mine = (await as.m.get(`/duties?personId=${tree.people.m.id}`)).body.items.find((d: any) => d.id === duty.id);
    expect(mine).toMatchObject({ reviewState: 'returned', returnReason: '谈话记录过于简单，属于走过场', returnCount: 1 });
  });

  it('redone and accepted; a second review of the same completion is refused; every review is audited as its reviewer’s', async () => {
    expect((await complete('重新谈话，记录已补充')).status).toBe(200);
    expect((await sut.api.get(`/duties/${duty.id}`)).body).toMatchObject({ status: 'completed', reviewState: 'awaiting_review', returnCount: 1 });
    const accepted = await as.mj.post(`/duties/${duty.id}/review`, { decision: 'accept', reason: '记录完整' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'completed', reviewState: 'accepted', reviewStateLabel: '审核通过', returnCount: 1 });
    expect(accepted.body.history.filter((e: any) => e.type === 'completion_accepted')).toHaveLength(1);
    // Both completions are in the history: the one returned and the one redone.
    expect(accepted.body.history.filter((e: any) => e.type === 'completed').map((e: any) => e.data.note)).toEqual(['已谈话，走了个过场', '重新谈话，记录已补充']);

    for (const body of [{ decision: 'accept' }, { decision: 'return', reason: '再看看', newDueAt: new Date(Date.now() + 60_000).toISOString() }]) {
      const second = await as.mj.post(`/duties/${duty.id}/review`, body);
      expect({ status: second.status, code: second.body.code, message: second.body.message }).toEqual({
        status: 409,
        code: 'ALREADY_REVIEWED',
        message: '该事项的完成情况已审核通过，不能重复审核',
      });
    }
    expect((await as.mj.get('/reviews')).body.map((d: any) => d.id)).not.toContain(duty.id);

    const audited: { actor: string; review: string | null; returns: number }[] = await sut.db.dataSource.query(
      `SELECT actor, after->>'review_state' AS review, (after->>'return_count')::int AS returns FROM audit_log
        WHERE table_name = 'duties' AND row_id = $1 AND action = 'update' AND before->>'review_state' IS DISTINCT FROM after->>'review_state' ORDER BY seq`,
      [duty.id],
    );
    expect(audited).toEqual([
      { actor: `person:${tree.people.mj.id}`, review: 'returned', returns: 1 },
      { actor: `person:${tree.people.mj.id}`, review: 'accepted', returns: 1 },
    ]);
  });

  it('returned twice in a row: the run closing on the redone completion ends before the next one starts; each return is told once', async () => {
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 3_600_000).toISOString(), policy: QUIET });
    const other = issued.body.duties.find((d: any) => d.counterpart.id === tree.people.b.id);
    const returnIt = (reason: string) => as.mj.post(`/duties/${other.id}/review`, { decision: 'return', reason, newDueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    const redo = (note: string) => as.m.post(`/duties/${other.id}/completion`, { heldOn: calendarDate(new Date()), note });

    expect((await redo('第一次')).status).toBe(200);
    expect((await returnIt('第一次退回')).status).toBe(200);
    // Completed and returned at once: the second run is still closing when the third is asked for.
    expect((await redo('第二次')).status).toBe(200);
    const second = await returnIt('第二次退回');
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: 'pending', returnCount: 2, returnReason: '第二次退回' });
    expect(second.body.history.filter((e: any) => e.type === 'completion_returned').map((e: any) => e.data.reason)).toEqual(['第一次退回', '第二次退回']);

    const returnedMail = () => sut.smtp.to(tree.people.m.email).filter((m) => m.subject.startsWith('【完成情况被退回】') && m.subject.includes(second.body.title));
    await sut.smtp.waitFor(() => sut.smtp.messages.filter((m) => m.text.includes('退回理由：第二次退回')).length === 1);
    expect(returnedMail().filter((m) => m.text.includes(`/console/duties/${other.id}`)).map((m) => m.text.match(/退回理由：(\S+)/)![1]).sort()).toEqual(['第一次退回', '第二次退回']);
    const description = await sut.client.workflow.getHandle(`duty-${other.id}`).describe();
    expect({ status: description.status.name, memo: await description.memo }).toMatchObject({ status: 'RUNNING', memo: { returnSeq: 2 } });
  });

  describe('评议 of a 述责述廉', () => {
    it('where the regime has it (中央《意见》第（七）条): recorded once on the completed report, with a grade of the list', async () => {
      const issued = await issueOverHttp(sut.api, tree.orgs.mid, { templateId: 'accountability-statement', dueAt: new Date(Date.now() + 3_600_000).toISOString(), policy: QUIET });
      expect(issued.status).toBe(201);
      const statement = issued.body.duties[0];
      expect(statement.appraisal).toMatchObject({ applies: true, basis: expect.stringContaining('第（七）条'), grades: ['好', '较好', '一般', '差'], result: null });

      const early = await as.mj.post(`/duties/${statement.id}/appraisal`, { grade: '好' });
      expect({ status: early.status, code: early.body.code }).toEqual({ status: 409, code: 'NOT_COMPLETED' });
      expect((await completeWithEvidence(as.m, statement.id, { heldOn: calendarDate(new Date()), note: '已在常委会扩大会议上述责述廉' })).status).toBe(200);

      expect((await as.m.post(`/duties/${statement.id}/appraisal`, { grade: '好' })).status).toBe(403);
      expect((await as.b.post(`/duties/${statement.id}/appraisal`, { grade: '好' })).status).toBe(404);
      const badGrade = await as.mj.post(`/duties/${statement.id}/appraisal`, { grade: '优秀' });
      expect(badGrade.status).toBe(400);

      const appraised = await as.mj.post(`/duties/${statement.id}/appraisal`, { grade: '较好', comment: '履责情况较好，整改需加快' });
      expect(appraised.status).toBe(200);
      expect(appraised.body.appraisal.result).toMatchObject({ grade: '较好', comment: '履责情况较好，整改需加快', byPersonId: tree.people.mj.id, citation: expect.stringContaining('第（七）条') });
      expect(appraised.body.history.find((e: any) => e.type === 'appraised')).toMatchObject({ label: '评议', data: { grade: '较好' } });
      const twice = await as.mj.post(`/duties/${statement.id}/appraisal`, { grade: '好' });
      expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'ALREADY_APPRAISED' });
      const [audit]: { actor: string }[] = await sut.db.dataSource.query(
        `SELECT actor FROM audit_log WHERE table_name = 'duties' AND row_id = $1 AND after->'appraisal' <> 'null'::jsonb AND before->'appraisal' = 'null'::jsonb`,
        [statement.id],
      );
      expect(audit).toEqual({ actor: `person:${tree.people.mj.id}` });
    });

    it('refused for other templates, and for the written 述责述廉 of regimes that appraise only the live ones (安徽第（九）条)', async () => {
      const talk = await as.mj.post(`/duties/${duty.id}/appraisal`, { grade: '好' });
      expect({ status: talk.status, code: talk.body.code, message: talk.body.message }).toEqual({ status: 409, code: 'APPRAISAL_NOT_APPLICABLE', message: '只有述责述廉事项可以记录评议结果' });

      const anhui = await buildTreeOverHttp(sut.api, 'review-ah', { pack: 'anhui-2022' });
      const issued = await issueOverHttp(sut.api, anhui.orgs.mid, { templateId: 'accountability-statement', dueAt: new Date(Date.now() + 3_600_000).toISOString(), policy: QUIET });
      const statement = issued.body.duties[0];
      expect(statement.appraisal).toMatchObject({ applies: false, grades: [] });
      await (await sut.as(anhui.people.m.id)).post(`/duties/${statement.id}/completion`, { heldOn: calendarDate(new Date()), note: '书面述责述廉' });
      const refused = await (await sut.as(anhui.people.mj.id)).post(`/duties/${statement.id}/appraisal`, { grade: '好' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('APPRAISAL_NOT_APPLICABLE');
      expect(refused.body.message).toContain('第（九）条');
    });
  });
});
