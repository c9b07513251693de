import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { ApiClient } from '../support/api-client';
import { SystemUnderTest } from '../support/system-under-test';

/** The chase over HTTP in real time: 签收, extension requests, a change of holder, withdrawing a duty and dissolving. */
describe('chasing through the API (Temporal dev server, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let dutyA: any;
  let dutyB: any;
  /** The API as each person of the tree. */
  const as: Partial<Record<keyof HttpTree['people'], ApiClient>> = {};

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'chase', { pack: 'anhui-2022' });
    for (const who of ['m', 'mj', 'mz'] as const) as[who] = await sut.as(tree.people[who].id);
    const enabled = await issueOverHttp(sut.api, tree.orgs.mid, {
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      policy: { reminderOffsets: ['PT30M'], acknowledgeReminderInterval: 'PT2S', warningWindow: 'PT10M' },
    });
    expect({ status: enabled.status, problem: enabled.body.details }).toEqual({ status: 201, problem: undefined });
    dutyA = enabled.body.duties.find((d: any) => d.counterpart.id === tree.people.a.id);
    dutyB = enabled.body.duties.find((d: any) => d.counterpart.id === tree.people.b.id);
    expect(dutyA).toMatchObject({ colour: 'blue', colourLabel: '蓝', acknowledgedAt: null });
  });
  afterAll(() => sut.stop());

  const mail = (who: keyof HttpTree['people'], prefix: string) => sut.smtp.to(tree.people[who].email).filter((m) => m.subject.startsWith(prefix));

  it('签收 stops the requests to acknowledge; only the responsible leader may acknowledge, once', async () => {
    await sut.smtp.waitFor(() => mail('m', '【请签收】').length >= 4);
    expect((await as.mj!.post(`/duties/${dutyA.id}/acknowledgement`, {})).status).toBe(403);
    const ack = await as.m!.post(`/duties/${dutyA.id}/acknowledgement`, {});
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).not.toBeNull();
    expect((await as.m!.post(`/duties/${dutyA.id}/acknowledgement`, {})).body.code).toBe('ALREADY_ACKNOWLEDGED');
    await as.m!.post(`/duties/${dutyB.id}/acknowledgement`, {});

    // Each chase heard the 签收 and carried out the request it had planned before it; it plans none after.
    for (const duty of [dutyA, dutyB]) await eventually(() => acknowledgementSettled(`duty-${duty.id}`));
    const histories: string[][] = [];
    for (const duty of [dutyA, dutyB]) histories.push((await sut.api.get(`/duties/${duty.id}/history`)).body.map((e: any) => e.type));
    for (const types of histories) {
      expect(types).toContain('acknowledged');
      // That last request found the duty acknowledged and asked nobody.
      expect(types.slice(types.indexOf('acknowledged'))).not.toContain('acknowledge_requested');
    }
    // One email per request recorded before the 签收, none after.
    expect(mail('m', '【请签收】')).toHaveLength(histories.flat().filter((t) => t === 'acknowledge_requested').length);
  });

  /**
   * True once the chase has processed the 签收 signal and has no acknowledgement request left in flight: no
   * requestAcknowledgement activity running, and no timer of the acknowledgement interval (2 s here; the next
   * reminder's is half an hour) still waiting. Read from the workflow's history, so no wall-clock guess.
   */
  async function acknowledgementSettled(workflowId: string): Promise<true | undefined> {
    const events = (await sut.client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    const signalled = events.findIndex((e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'dutyAcknowledged');
    if (signalled < 0 || !events.slice(signalled).some((e) => e.workflowTaskCompletedEventAttributes)) return undefined;
    const closed = new Set(
      events
        .flatMap((e) => [
          e.timerFiredEventAttributes?.startedEventId,
          e.timerCanceledEventAttributes?.startedEventId,
          e.activityTaskCompletedEventAttributes?.scheduledEventId,
          e.activityTaskFailedEventAttributes?.scheduledEventId,
          e.activityTaskTimedOutEventAttributes?.scheduledEventId,
        ])
        .filter((id) => id != null)
        .map(String),
    );
    const open = events.filter((e) => !closed.has(String(e.eventId)));
    const shortTimer = open.some((e) => e.timerStartedEventAttributes && Number(String(e.timerStartedEventAttributes.startToFireTimeout?.seconds ?? 0)) <= 2);
    const request = open.some((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'requestAcknowledgement');
    return shortTimer || request ? undefined : true;
  }

  it('an extension request goes to the supervisors; a grant moves the due date, a refusal says why', async () => {
    const later = new Date(Date.now() + 7_200_000).toISOString();
    const asked = await as.m!.post(`/duties/${dutyA.id}/extension-requests`, { newDueAt: later, reason: '谈话对象在外培训' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', reason: '谈话对象在外培训' });
    const twice = await as.m!.post(`/duties/${dutyA.id}/extension-requests`, { newDueAt: later, reason: '再申请' });
    expect(twice.body.code).toBe('EXTENSION_PENDING');
    await sut.smtp.waitFor(() => mail('mj', '【延期申请】').length === 1 && mail('mz', '【延期申请】').length === 1);
    expect(mail('mj', '【延期申请】')[0].text).toContain('理由：谈话对象在外培训');

    expect((await as.m!.post(`/extension-requests/${asked.body.id}/decision`, { decision: 'grant' })).status).toBe(403);
    const granted = await as.mj!.post(`/extension-requests/${asked.body.id}/decision`, { decision: 'grant' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ status: 'granted', decidedByPersonId: tree.people.mj.id });
    const duty = (await sut.api.get(`/duties/${dutyA.id}`)).body;
    expect(duty.dueAt).toBe(later);
    expect(duty.history.map((e: any) => e.type)).toEqual(expect.arrayContaining(['extension_requested', 'extended']));
    await sut.smtp.waitFor(() => mail('m', '【延期通知】').some((m) => m.subject.endsWith(duty.dueDate)));
    expect((await as.mj!.post(`/extension-requests/${asked.body.id}/decision`, { decision: 'refuse', reason: '晚了' })).status).toBe(409);

    const again = await as.m!.post(`/duties/${dutyA.id}/extension-requests`, { newDueAt: new Date(Date.now() + 9_000_000).toISOString(), reason: '仍需时间' });
    const noReason = await as.mz!.post(`/extension-requests/${again.body.id}/decision`, { decision: 'refuse' });
    expect(noReason.body.details).toEqual([{ field: 'reason', reason: '不同意时必须说明理由' }]);
    const refused = await as.mz!.post(`/extension-requests/${again.body.id}/decision`, { decision: 'refuse', reason: '已延期一次' });
    expect(refused.body).toMatchObject({ status: 'refused', decisionReason: '已延期一次' });
    await sut.smtp.waitFor(() => mail('m', '【延期未获同意】').length === 1);
    expect(mail('m', '【延期未获同意】')[0].text).toContain('（已延期一次）');
    expect((await sut.api.get(`/duties/${dutyA.id}`)).body.dueAt).toBe(later);
  });

  it('a new 一把手 of 市委, set directly, is appointed today: takes over the open duties and is told, owes the new 一把手’s duties; the holding history keeps who held it when', async () => {
    const successor = (await sut.api.post('/people', { name: '新任市委书记', email: 'successor.chase@e2e.duban.local' })).body;
    const seat = tree.positions['mid:principal'];
    const changed = await sut.api.put(`/positions/${seat}/holder`, { personId: successor.id });
    expect(changed.status).toBe(200);
    expect(changed.body.holder).toMatchObject({ id: successor.id });

    const mine = (await sut.api.get(`/duties?personId=${successor.id}`)).body.items as any[];
    expect(mine.filter((d) => d.templateId === 'supervision-talk').map((d) => d.id).sort()).toEqual([dutyA.id, dutyB.id].sort());
    // A holder set directly is an appointment effective today, like POST /appointments: the new 一把手's own
    // duties come with it (Anhui: the appointment talk from above, the first disclosure of personal matters).
    expect(mine.map((d) => d.templateId)).toEqual(expect.arrayContaining(['appointment-talk', 'personal-matters-first-disclosure']));
    const [appointment] = (await sut.api.get(`/appointments?organizationId=${tree.orgs.mid}`)).body;
    expect(appointment).toMatchObject({ kind: 'appointment', person: { id: successor.id }, status: 'effective' });
    await sut.smtp.waitFor((all) => all.filter((m) => m.to.includes(successor.email) && m.subject.startsWith('【职责移交】')).length === 2);
    const events = (await sut.api.get(`/duties/${dutyB.id}/history`)).body;
    expect(events.at(-1)).toMatchObject({ type: 'reassigned', data: { from: tree.people.m.id, to: successor.id } });

    const holdings = (await sut.api.get(`/positions/${seat}/holdings`)).body;
    expect(holdings.map((h: any) => [h.personId, h.endedAt === null])).toEqual([
      [tree.people.m.id, false],
      [successor.id, true],
    ]);
    tree.people.m = { id: successor.id, email: successor.email };
  });

  it('dissolving an organization cancels the duties about it; disabling the obligation cancels the rest, with reasons', async () => {
    const refused = await sut.api.post(`/organizations/${tree.orgs.mid}/dissolution`, { reason: '合并' });
    expect(refused.body.code).toBe('HAS_SUBORDINATES');

    const dissolved = await sut.api.post(`/organizations/${tree.orgs.b}/dissolution`, { reason: '撤县设区' });
    expect(dissolved.status).toBe(200);
    expect(dissolved.body).toMatchObject({ cancelledDuties: 1 });
    expect(dissolved.body.dissolvedAt).not.toBeNull();
    const b = (await sut.api.get(`/duties/${dutyB.id}`)).body;
    expect(b).toMatchObject({ status: 'cancelled', cancelReason: '组织撤销：撤县设区', colour: null });
    expect(b.history.at(-1)).toMatchObject({ type: 'cancelled', data: { reason: '组织撤销：撤县设区' } });

    const onDissolved = await issueOverHttp(sut.api, tree.orgs.b, { dueAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect([onDissolved.status, onDissolved.body.code]).toEqual([409, 'DISSOLVED']);

    // An administrator withdraws the other duty, with the reason; once, and only an administrator.
    expect((await as.mj!.post(`/duties/${dutyA.id}/cancellation`, { reason: '误下达' })).status).toBe(403);
    const cancelled = await sut.api.post(`/duties/${dutyA.id}/cancellation`, { reason: '改按学校规定执行' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '管理员撤销：改按学校规定执行' });
    expect((await sut.api.post(`/duties/${dutyA.id}/cancellation`, { reason: '再次' })).body.code).toBe('DUTY_CLOSED');

    // The chases end: their workflows close as cancelled.
    for (const duty of [dutyA, dutyB]) {
      const result = await eventually(async () => {
        const handle = sut.client.workflow.getHandle(duty.workflowId);
        const { status } = await handle.describe();
        return status.name === 'COMPLETED' ? handle.result() : undefined;
      });
      expect(result).toEqual({ dutyId: duty.id, closedBy: 'cancelled' });
    }
  });
});
