import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { ApiClient } from '../support/api-client';
import { ReceivedMail } from '../support/smtp-receiver';
import { SystemUnderTest } from '../support/system-under-test';

const PUBLIC_URL = 'https://duban.example.org';

/**
 * Every email that asks someone to act carries a link straight to the item in the console, built from PUBLIC_URL
 * (a trailing slash in the setting is dropped); the id in an approval link is the one the decision route takes.
 */
describe('links to the console in emails (Temporal dev server, Postgres, SMTP)', () => {
  const sut = new SystemUnderTest({ PUBLIC_URL: `${PUBLIC_URL}/` });
  let tree: HttpTree;
  const as = {} as Record<'m' | 'mj', ApiClient>;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'links', { pack: 'anhui-2022' });
    for (const who of ['m', 'mj'] as const) as[who] = await sut.as(tree.people[who].id);
  });
  afterAll(() => sut.stop());

  const mail = (who: keyof HttpTree['people'], prefix: string) => sut.smtp.to(tree.people[who].email).filter((m) => m.subject.startsWith(prefix));
  const first = async (who: keyof HttpTree['people'], prefix: string): Promise<ReceivedMail> => {
    await sut.smtp.waitFor(() => mail(who, prefix).length > 0, 30_000);
    return mail(who, prefix)[0];
  };
  /** The console links a message carries. */
  const links = (m: ReceivedMail) => m.text.match(/https?:\/\/\S+/g) ?? [];

  it('the chase of a duty: 签收, reminder, due, overdue notices link to the duty; the escalation proposal links to its approval', async () => {
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, {
      templateId: 'work-division-filing',
      dueAt: new Date(Date.now() + 5_000).toISOString(),
      policy: {
        reminderOffsets: ['PT2S'],
        acknowledgeReminderInterval: 'PT1H',
        overdueReminderInterval: 'PT2S',
        gracePeriod: 'PT3S',
        approvalTimeout: 'PT10M',
        escalation: [{ after: 'PT3S', notify: ['parent:principal'], requiresApproval: true }],
      },
    });
    expect(issued.status).toBe(201);
    const dutyId: string = issued.body.duties[0].id;
    const dutyUrl = `${PUBLIC_URL}/console/duties/${dutyId}`;

    const acknowledge = await first('m', '【请签收】');
    expect(acknowledge.text).toContain(`请点击以下链接在督办工作台签收：\n${dutyUrl}\n`);
    expect(links(acknowledge)).toEqual([dutyUrl]);
    for (const [who, prefix] of [
      ['m', '【督办提醒】'],
      ['m', '【已到期】'],
      ['mj', '【逾期通报】'],
      ['m', '【逾期催办】'],
    ] as const) {
      const message = await first(who, prefix);
      expect({ prefix, links: links(message) }).toEqual({ prefix, links: [dutyUrl] });
    }
    expect((await first('m', '【督办提醒】')).text).toContain(`并点击以下链接在督办工作台登记：\n${dutyUrl}`);

    const proposal = await first('mj', '【升级待审批】');
    const approvalUrl = links(proposal)[0] ?? '';
    expect(approvalUrl).toMatch(new RegExp(`^${PUBLIC_URL}/console/approvals/escalations/[0-9a-f-]{36}$`));
    expect(proposal.text).toContain(`点击以下链接在督办工作台决定：批准、驳回（须说明理由）或给予新的完成期限。逾期未决定的，将自动报告。\n${approvalUrl}`);
    expect(links(await first('mz', '【升级待审批】'))).toEqual([approvalUrl]);
    // The id in the link is the proposal's own: the one the decision route takes.
    const proposalId = approvalUrl.split('/').at(-1)!;
    const listed = (await as.mj.get('/escalations?status=pending')).body as any[];
    expect(listed.find((p) => p.id === proposalId)).toMatchObject({ dutyId });
    const approved = await as.mj.post(`/escalations/${proposalId}/decision`, { decision: 'approve' });
    expect([200, 202]).toContain(approved.status);

    const warning = await first('t', '【预警】');
    expect(links(warning)).toEqual([dutyUrl]);
  });

  it('an extension request links the supervisors to its approval; the refusal and the grant link the leader back to the duty', async () => {
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, {
      templateId: 'work-division-filing',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      policy: { reminderOffsets: [], acknowledgeReminderInterval: null, overdueReminderInterval: null },
    });
    const dutyId: string = issued.body.duties[0].id;
    const asked = await as.m.post(`/duties/${dutyId}/extension-requests`, { newDueAt: new Date(Date.now() + 7_200_000).toISOString(), reason: '材料尚在收集' });
    expect(asked.status).toBe(201);
    const approvalUrl = `${PUBLIC_URL}/console/approvals/extensions/${asked.body.id}`;
    for (const who of ['mj', 'mz'] as const) {
      const request = await first(who, '【延期申请】');
      expect(request.text).toContain(`请点击以下链接在督办工作台同意或不同意：\n${approvalUrl}`);
      expect(links(request)).toEqual([approvalUrl]);
    }
    // The id in the link is the one the decision route takes.
    const refused = await as.mj.post(`/extension-requests/${asked.body.id}/decision`, { decision: 'refuse', reason: '无正当理由' });
    expect(refused.status).toBe(200);
    const refusal = await first('m', '【延期未获同意】');
    expect(links(refusal)).toEqual([`${PUBLIC_URL}/console/duties/${dutyId}`]);

    const again = await as.m.post(`/duties/${dutyId}/extension-requests`, { newDueAt: new Date(Date.now() + 7_200_000).toISOString(), reason: '材料已基本齐备' });
    expect((await as.mj.post(`/extension-requests/${again.body.id}/decision`, { decision: 'grant' })).status).toBe(200);
    expect(links(await first('m', '【延期通知】'))).toEqual([`${PUBLIC_URL}/console/duties/${dutyId}`]);
  });

  it('a change of holder tells the successor, each message linking to the duty it hands over', async () => {
    const successor = (await sut.api.post('/people', { name: '新任市委书记', email: 'successor.links@e2e.duban.local' })).body;
    expect((await sut.api.put(`/positions/${tree.positions['mid:principal']}/holder`, { personId: successor.id })).status).toBe(200);
    const open = ((await sut.api.get(`/duties?personId=${successor.id}&state=open`)).body.items as any[]).filter((d) => d.templateId === 'work-division-filing');
    expect(open.length).toBeGreaterThan(0);
    await sut.smtp.waitFor((all) => all.filter((m) => m.to.includes(successor.email) && m.subject.startsWith('【职责移交】')).length >= open.length, 30_000);
    const handed = sut.smtp.to(successor.email).filter((m) => m.subject.startsWith('【职责移交】'));
    expect(new Set(handed.flatMap(links))).toEqual(new Set(open.map((d) => `${PUBLIC_URL}/console/duties/${d.id}`)));
  });
});
