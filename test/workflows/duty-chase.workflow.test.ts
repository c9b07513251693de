import { DEFAULT_CHASE_POLICY, dueDateOf } from '@duban/domain';
import { applyDutyCommandOrThrow } from '@duban/persistence';
import { decideEscalationUpdate } from '@duban/contracts';
import { dutyChaseWorkflow } from '@duban/workflows';
import { WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { ChaseHarness, DAY, TASK_QUEUE } from '../support/chase-harness';
import { buildTree, insertDuty, TreeFixture } from '../support/tree-fixture';

const HOUR = 3_600_000;
const policy = { reminderOffsets: ['P30D', 'P7D', 'P1D'], gracePeriod: 'P15D', approvalTimeout: 'P7D' };

describe('duty chase on the time-skipping server, with real activities, Postgres and SMTP', () => {
  const h = new ChaseHarness();
  let tree: TreeFixture;

  beforeAll(async () => {
    await h.start();
    tree = await buildTree(h.db.dataSource);
  });
  afterAll(() => h.stop());

  const remindersTo = (email: string, dutyTitleDate: string) => h.smtp.to(email).filter((m) => m.subject.startsWith('【督办提醒】') && m.subject.includes(dutyTitleDate));

  it('walks a year: reminders 30, 7 and 1 day before the due date, then completion stops the chase', async () => {
    const start = await h.now();
    const duty = await insertDuty(h.db.dataSource, tree, 0, new Date(start + 365 * DAY), policy);
    const handle = await h.startChase(duty);
    const mine = () => remindersTo(tree.mid.principal.email, duty.dueDate);

    await h.env.sleep(365 * DAY - 30 * DAY - HOUR);
    expect(mine()).toHaveLength(0);
    await h.env.sleep(2 * HOUR);
    await h.smtp.waitFor(() => mine().length === 1);
    await h.env.sleep(23 * DAY);
    await h.smtp.waitFor(() => mine().length === 2);
    await h.env.sleep(6 * DAY);
    await h.smtp.waitFor(() => mine().length === 3);

    const first = mine()[0];
    expect(first.subject).toBe(`【督办提醒】监督谈话：下级甲党委 甲书记，请于${duty.dueDate}前完成`);
    expect(first.text).toContain('依据：《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（三）条');
    expect(first.text).toContain('距截止还有 30 天');

    await h.complete(duty, tree.mid.principal.personId);
    await expect(handle.result()).resolves.toEqual({ dutyId: duty.id, closedBy: 'completed' });
    await h.recordHistory('year-completed', duty.workflowId);
    expect(await h.eventTypes(duty.id)).toEqual(['created', 'reminded', 'reminded', 'reminded', 'completed']);
    expect(h.smtp.to(tree.mid.discipline.email).filter((m) => m.text.includes(duty.dueDate))).toHaveLength(0);
  });

  it('overdue → proposal → approval warns the higher body; a second decision is refused', async () => {
    const duty = await insertDuty(h.db.dataSource, tree, 1, new Date((await h.now()) + 10 * DAY), policy);
    const handle = await h.startChase(duty);

    await h.env.sleep(10 * DAY + HOUR);
    await h.waitForEvent(duty.id, 'overdue');
    await h.smtp.waitFor((all) => all.some((m) => m.to.includes(tree.mid.discipline.email) && m.subject.startsWith('【逾期通报】')));
    expect((await h.duty(duty.id)).status).toBe('overdue');

    await h.env.sleep(15 * DAY);
    await h.waitForEvent(duty.id, 'escalation_proposed');
    await h.smtp.waitFor((all) => [tree.mid.discipline.email, tree.mid.organization.email].every((to) => all.some((m) => m.to.includes(to) && m.subject.startsWith('【升级待审批】') && m.text.includes(duty.dueDate))));
    const proposal = await h.pendingProposal(duty.id);
    expect(proposal.targetOrganizationId).toBe(tree.top.id);

    const outcome = await handle.executeUpdate(decideEscalationUpdate, {
      args: [{ kind: 'approve', actorPersonId: tree.mid.discipline.personId, proposalId: proposal.id }],
    });
    expect(outcome).toEqual({ proposalId: proposal.id, status: 'approved', notified: 2, noticeNumber: expect.stringMatching(/^督办预警〔\d{4}〕第 \d+ 号$/) });
    for (const to of [tree.top.principal.email, tree.top.discipline.email]) {
      const warning = h.smtp.to(to).find((m) => m.subject.startsWith('【预警】') && m.text.includes(duty.dueDate));
      expect(warning?.text).toContain('审批人：本级纪委书记');
      expect(warning?.text).toContain(`截止日期：${duty.dueDate}`);
    }
    expect((await h.duty(duty.id)).status).toBe('escalated');

    const again = handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'reject', actorPersonId: tree.mid.discipline.personId, reason: '再议', proposalId: proposal.id }] });
    await expect(again).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(again).rejects.toMatchObject({ cause: { type: 'AlreadyDecided' } });

    await h.complete(duty, tree.mid.principal.personId);
    await expect(handle.result()).resolves.toMatchObject({ closedBy: 'completed' });
    await h.recordHistory('approved', duty.workflowId);
    // Created 10 days out: the 30-day reminder goes at once, then the 7- and 1-day ones.
    expect(await h.eventTypes(duty.id)).toEqual(['created', 'reminded', 'reminded', 'reminded', 'overdue', 'escalation_proposed', 'escalation_approved', 'completed']);
    const approved = (await h.history(duty.id)).find((e) => e.type === 'escalation_approved')!;
    expect(approved.actorKind).toBe('person');
    expect(approved.actorPersonId).toBe(tree.mid.discipline.personId);
  });

  it('a rejection keeps the duty overdue with its reason and warns nobody above', async () => {
    const { duty, handle, proposal } = await h.slipToProposal(tree, 0, policy);
    const warningsBefore = h.smtp.to(tree.top.principal.email).length;

    const outcome = await handle.executeUpdate(decideEscalationUpdate, {
      args: [{ kind: 'reject', actorPersonId: tree.mid.organization.personId, reason: '已当面督促，暂不上报', proposalId: proposal.id }],
    });
    expect(outcome).toMatchObject({ status: 'rejected', notified: 0 });
    expect((await h.duty(duty.id)).status).toBe('overdue');
    const rejected = (await h.history(duty.id)).find((e) => e.type === 'escalation_rejected')!;
    expect(rejected.data).toMatchObject({ reason: '已当面督促，暂不上报' });

    await h.env.sleep(30 * DAY);
    expect(h.smtp.to(tree.top.principal.email)).toHaveLength(warningsBefore);
    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('rejected', duty.workflowId);
  });

  it('a new date restarts the reminder ladder for that date', async () => {
    const { duty, handle, proposal } = await h.slipToProposal(tree, 1, policy);
    const newDueAt = new Date((await h.now()) + 10 * DAY).toISOString();

    const outcome = await handle.executeUpdate(decideEscalationUpdate, {
      args: [{ kind: 'extend', actorPersonId: tree.mid.discipline.personId, newDueAt, reason: '谈话对象外出学习', proposalId: proposal.id }],
    });
    expect(outcome).toMatchObject({ status: 'extended', newDueAt });
    const updated = await h.duty(duty.id);
    expect(updated.status).toBe('pending');
    expect(updated.dueAt.toISOString()).toBe(newDueAt);
    await h.smtp.waitFor((all) => all.some((m) => m.to.includes(tree.mid.principal.email) && m.subject === `【延期通知】“监督谈话”完成期限调整为${updated.dueDate}`));

    await h.env.sleep(9 * DAY + HOUR);
    await h.smtp.waitFor(() => remindersTo(tree.mid.principal.email, updated.dueDate).length >= 2);
    const keys = (await h.history(duty.id)).filter((e) => e.type === 'reminded').map((e) => e.dedupeKey);
    // Created 2 days before the due date: the 7-day reminder goes at once; likewise the 30-day one of the new date.
    expect(keys).toEqual(['reminder:P7D', 'reminder:P1D', 'r1:reminder:P30D', 'r1:reminder:P7D', 'r1:reminder:P1D']);

    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('decision-extend', duty.workflowId);
  });

  it('escalates on its own when nobody decides before the timeout, and says so', async () => {
    const duty = await insertDuty(h.db.dataSource, tree, 0, new Date((await h.now()) + 2 * DAY), policy);
    const handle = await h.startChase(duty);
    await h.env.sleep(17 * DAY + HOUR);
    await h.waitForEvent(duty.id, 'escalation_proposed');
    await h.env.sleep(7 * DAY);
    await h.waitForEvent(duty.id, 'escalation_auto');

    const auto = (await h.history(duty.id)).find((e) => e.type === 'escalation_auto')!;
    expect(auto.actorKind).toBe('system');
    expect(auto.actorPersonId).toBeNull();
    await h.smtp.waitFor((all) => all.some((m) => m.to.includes(tree.top.discipline.email) && m.subject.startsWith('【预警】') && m.text.includes('系统已自动报告') && m.text.includes(duty.dueDate)));
    expect((await h.duty(duty.id)).status).toBe('escalated');

    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('timeout', duty.workflowId);
  });

  it('a chase whose duty is gone stops at its first step (DutyNotFound, not retried) instead of retrying for ever', async () => {
    const dutyId = randomUUID();
    const handle = await h.env.client.workflow.start(dutyChaseWorkflow, {
      workflowId: `duty-${dutyId}`,
      taskQueue: TASK_QUEUE,
      args: [{ dutyId, dueAt: new Date((await h.now()) + 10 * DAY).toISOString(), policy: DEFAULT_CHASE_POLICY, timeZone: 'Asia/Shanghai' }],
    });
    const failure = await handle.result().then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    expect(failure).toMatchObject({ cause: { activityType: 'requestAcknowledgement', cause: { type: 'DutyNotFound', nonRetryable: true, message: `事项不存在：${dutyId}` } } });
    // One attempt: the activity was not retried.
    const { events } = await handle.fetchHistory();
    const attempts = events!.filter((e) => e.activityTaskStartedEventAttributes).map((e) => e.activityTaskStartedEventAttributes!.attempt);
    expect(attempts).toEqual([1]);
  });

  it('a completion while the proposal waits withdraws it', async () => {
    const { duty, handle, proposal } = await h.slipToProposal(tree, 1, policy);
    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('completed-while-pending', duty.workflowId);
    const after = await h.db.dataSource.query('SELECT status FROM escalation_proposals WHERE id = $1', [proposal.id]);
    expect(after[0].status).toBe('withdrawn');
  });

  it('a returned completion: a new run of duty-<id> tells the leader, then chases the new date as a round of its own', async () => {
    const start = await h.now();
    const duty = await insertDuty(h.db.dataSource, tree, 0, new Date(start + 10 * DAY), { ...DEFAULT_CHASE_POLICY, reminderOffsets: ['P1D'], acknowledgeReminderInterval: null });
    const first = await h.startChase(duty);
    await h.complete(duty, tree.mid.principal.personId);
    await first.result();

    // What the API does on a return: the duty reopens with its new date in the database, then a new run starts.
    const newDueAt = new Date((await h.now()) + 5 * DAY);
    await h.db.dataSource.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'completion_returned' },
        changes: { returnCount: 1, reviewState: 'returned', returnReason: '走过场', completedAt: null, completion: null, dueAt: newDueAt, dueDate: dueDateOf(newDueAt, 'Asia/Shanghai') },
        timeline: { type: 'completion_returned', dedupeKey: 'completion_returned:1', actorKind: 'person', actorPersonId: tree.mid.discipline.personId, data: { reason: '走过场' } },
      }),
    );
    const second = await h.env.client.workflow.start(dutyChaseWorkflow, {
      workflowId: duty.workflowId,
      taskQueue: TASK_QUEUE,
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      args: [{ dutyId: duty.id, dueAt: newDueAt.toISOString(), policy: duty.policy, timeZone: 'Asia/Shanghai', reopened: { returnSeq: 1 } }],
    });
    const returned = () => h.smtp.to(tree.mid.principal.email).filter((m) => m.subject.startsWith('【完成情况被退回】'));
    await h.smtp.waitFor(() => returned().length === 1);
    expect(returned()[0].text).toContain('退回理由：走过场');

    await h.env.sleep(5 * DAY + HOUR);
    await h.waitForEvent(duty.id, 'overdue');
    const keys = (await h.history(duty.id)).map((e) => e.dedupeKey);
    expect(keys).toEqual(['created', 'completed', 'completion_returned:1', 'r1:reminder:P1D', 'r1:overdue']);
    await h.complete(duty, tree.mid.principal.personId);
    await expect(second.result()).resolves.toEqual({ dutyId: duty.id, closedBy: 'completed' });
    await h.recordHistory('completion-returned', duty.workflowId);
    expect(returned()).toHaveLength(1);
  });
});
