import { chaseStateQuery } from '@duban/contracts';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

/** Nothing is lost or sent twice when the worker goes away in the middle of the chases (real time, dev server). */
describe('a worker restart in the middle of the chases', () => {
  // A decision waits 3 s for its answer before the API says 202 (accepted, carried out later).
  const sut = new SystemUnderTest({ DECISION_WAIT: 'PT3S' });
  let tree: HttpTree;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'restart', { pack: 'anhui-2022' });
  });
  afterAll(() => sut.stop());

  it('catches up on every step that fell due while no worker ran, each sent once', async () => {
    const started = Date.now();
    const enabled = await issueOverHttp(sut.api, tree.orgs.mid, {
      dueAt: new Date(started + 14_000).toISOString(),
      policy: { reminderOffsets: ['PT10S', 'PT6S', 'PT2S'], gracePeriod: 'PT1H', acknowledgeReminderInterval: null },
    });
    expect({ status: enabled.status, problem: enabled.body.details }).toEqual({ status: 201, problem: undefined });
    const reminders = () => sut.smtp.to(tree.people.m.email).filter((m) => m.subject.startsWith('【督办提醒】'));

    await sut.smtp.waitFor(() => reminders().length === 2);
    await sut.stopWorker();
    // The second and third reminders and the due date pass while no worker runs: the real clock is the
    // scenario here (a dev server, not time skipping), so this waits for an instant, not for something to happen.
    await new Promise((r) => setTimeout(r, Math.max(0, started + 15_000 - Date.now())));
    expect(reminders()).toHaveLength(2);
    await sut.startWorker();

    await sut.smtp.waitFor(() => sut.smtp.to(tree.people.mj.email).filter((m) => m.subject.startsWith('【逾期通报】')).length === 2);
    await sut.smtp.waitFor(() => reminders().length === 6);
    // Nothing is left to send (a message is marked sent once the server took it): a duplicate would be here by now.
    await eventually(async () => ((await sut.db.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE status = 'pending'`))[0].n === 0 ? true : undefined));
    expect(reminders()).toHaveLength(6);
    for (const duty of enabled.body.duties) {
      const steps = (await sut.api.get(`/duties/${duty.id}/history`)).body.map((e: any) => e.type);
      expect(steps).toEqual(['created', 'reminded', 'reminded', 'reminded', 'overdue']);
    }
    const [{ sent, rows }] = await sut.db.dataSource.query('SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent, count(*)::int AS rows FROM notifications');
    expect({ sent, rows }).toEqual({ sent: sut.smtp.messages.length, rows: sut.smtp.messages.length });
  });

  it('a decision while the mail server is down is accepted (202) and carried out once it is back', async () => {
    // A second batch to the same counterparts: an event template (专题约谈), whose duties belong to the request.
    const enabled = await issueOverHttp(sut.api, tree.orgs.mid, {
      templateId: 'special-admonition',
      dueAt: new Date(Date.now() + 2_000).toISOString(),
      policy: { reminderOffsets: [], gracePeriod: 'PT2S', approvalTimeout: 'PT10M', acknowledgeReminderInterval: null, overdueReminderInterval: null },
    });
    expect(enabled.status).toBe(201);
    const dutyIds: string[] = enabled.body.duties.map((d: any) => d.id);
    const proposal = await eventually(async () => {
      const pending = (await sut.api.get(`/escalations?status=pending&organizationId=${tree.orgs.mid}`)).body.filter((p: any) => dutyIds.includes(p.dutyId));
      return pending.length === 2 ? pending[0] : undefined;
    });

    // The proposal step is done (the workflow holds the proposal as pending); then the mail server goes away.
    await eventually(async () => {
      const state = await sut.client.workflow.getHandle(proposal.duty.workflowId).query(chaseStateQuery);
      return state.progress.pending?.proposalId === proposal.id ? true : undefined;
    });
    await sut.smtp.stop();
    const mj = await sut.as(tree.people.mj.id);
    const decided = await mj.post(`/escalations/${proposal.id}/decision`, { decision: 'approve' });
    expect(decided.status).toBe(202);
    expect(decided.body).toMatchObject({ accepted: true, proposalId: proposal.id });
    const again = await mj.post(`/escalations/${proposal.id}/decision`, { decision: 'reject', reason: '再议' });
    expect(again.status).toBe(409);

    await sut.smtp.start();
    const counterpart = proposal.duty.counterpart.name;
    await sut.smtp.waitFor(
      (all) => [tree.people.t.email, tree.people.tj.email].every((to) => all.some((m) => m.to.includes(to) && m.subject.startsWith('【预警】') && m.text.includes(counterpart) && m.text.includes(proposal.duty.dueDate))),
      40_000,
    );
    const history = (await sut.api.get(`/duties/${proposal.dutyId}/history`)).body.map((e: any) => e.type);
    expect(history.filter((t: string) => t === 'escalation_approved')).toHaveLength(1);
  });
});
