import { ChasePolicy } from '@duban/domain';
import { decideEscalationUpdate } from '@duban/contracts';
import { ChaseHarness, DAY } from '../support/chase-harness';
import { buildTree, insertDuty, TreeFixture } from '../support/tree-fixture';

const HOUR = 3_600_000;
const base: ChasePolicy = { reminderOffsets: ['P7D', 'P1D'], gracePeriod: 'P15D', approvalTimeout: 'P7D', overdueReminderInterval: null, acknowledgeReminderInterval: null };

/** Every branch of the chase ladder on the time-skipping server, with real activities, Postgres and SMTP. */
describe('the chase ladder', () => {
  const h = new ChaseHarness();
  let tree: TreeFixture;

  beforeAll(async () => {
    await h.start();
    tree = await buildTree(h.db.dataSource);
  });
  afterAll(() => h.stop());

  const mail = (to: string, prefix: string, dutyDate?: string) => h.smtp.to(to).filter((m) => m.subject.startsWith(prefix) && (!dutyDate || m.text.includes(dutyDate)));

  it('climbs two levels while the duty stays undone: parent on approval, grandparent on timeout, each with a numbered 预警函', async () => {
    const duty = await insertDuty(h.db.dataSource, tree, 0, new Date((await h.now()) + 2 * DAY), base);
    const handle = await h.startChase(duty);

    await h.env.sleep(17 * DAY + HOUR);
    await h.waitForEvent(duty.id, 'escalation_proposed');
    const first = await h.pendingProposal(duty.id);
    expect(first).toMatchObject({ level: 1, targetOrganizationId: tree.top.id, audience: ['parent:principal', 'parent:discipline_secretary'] });
    const approved = await handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'approve', actorPersonId: tree.mid.discipline.personId, proposalId: first.id }] });
    expect(approved.status).toBe('approved');

    // Level 2 is proposed 45 days after the due date and times out 7 days later.
    await h.env.sleep(37 * DAY);
    await h.waitForEvent(duty.id, 'escalation_auto');
    const events = await h.history(duty.id);
    const proposals = events.filter((e) => e.type === 'escalation_proposed').map((e) => e.data);
    expect(proposals).toEqual([expect.objectContaining({ level: 1, targetOrganizationId: tree.top.id }), expect.objectContaining({ level: 2, targetOrganizationId: tree.apex.id })]);

    const [toTop] = mail(tree.top.principal.email, '【预警】', duty.dueDate);
    const [toApex] = mail(tree.apex.principal.email, '【预警】', duty.dueDate);
    expect(mail(tree.apex.discipline.email, '【预警】', duty.dueDate)).toHaveLength(1);
    for (const warning of [toTop, toApex]) {
      expect(warning.attachments).toHaveLength(1);
      expect(warning.attachments[0].contentType).toBe('application/pdf');
    }
    expect(toApex.text).toContain('系统已自动报告');
    const numbers = events.filter((e) => e.type === 'escalation_approved' || e.type === 'escalation_auto').map((e) => e.data.noticeNumber as string);
    expect(numbers).toHaveLength(2);
    expect(new Set(numbers).size).toBe(2);
    expect(toTop.text).toContain(numbers[0]);
    expect(toApex.text).toContain(numbers[1]);

    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('two-levels', duty.workflowId);
  });

  it('asks for acknowledgement every 3 days until 签收, and keeps reminding of the due date afterwards', async () => {
    const policy = { ...base, acknowledgeReminderInterval: 'P3D' };
    const duty = await insertDuty(h.db.dataSource, tree, 1, new Date((await h.now()) + 10 * DAY), policy);
    const handle = await h.startChase(duty);
    const asks = () => mail(tree.mid.principal.email, '【请签收】', duty.dueDate);

    await h.env.sleep(4 * DAY);
    await h.smtp.waitFor(() => asks().length === 2);
    await h.acknowledge(duty, tree.mid.principal.personId);
    await h.env.sleep(6 * DAY);
    await h.waitForEvent(duty.id, 'overdue');
    expect(asks()).toHaveLength(2);
    expect((await h.history(duty.id)).filter((e) => e.type === 'reminded').map((e) => e.dedupeKey)).toEqual(['reminder:P7D', 'reminder:P1D']);

    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('acknowledgement', duty.workflowId);
  });

  it('reminds every 7 days after the due date, saying how many days overdue', async () => {
    const policy = { ...base, overdueReminderInterval: 'P7D', gracePeriod: 'P60D' };
    const duty = await insertDuty(h.db.dataSource, tree, 0, new Date((await h.now()) + 2 * DAY), policy);
    const handle = await h.startChase(duty);
    await h.env.sleep(2 * DAY + 22 * DAY);
    await h.smtp.waitFor(() => mail(tree.mid.principal.email, '【逾期催办】', duty.dueDate).length === 3);
    expect(mail(tree.mid.principal.email, '【逾期催办】', duty.dueDate).map((m) => m.subject.replace(/^.*，/, ''))).toEqual(['已逾期7天', '已逾期14天', '已逾期21天']);
    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('overdue-reminders', duty.workflowId);
  });

  it('sends a level that needs no approval straight to the stationed supervision group', async () => {
    const policy = { ...base, escalation: [{ after: 'P3D', notify: ['stationed_group' as const], requiresApproval: false }] };
    const duty = await insertDuty(h.db.dataSource, tree, 1, new Date((await h.now()) + 2 * DAY), policy);
    const handle = await h.startChase(duty);
    await h.env.sleep(5 * DAY + HOUR);
    await h.waitForEvent(duty.id, 'escalation_direct');
    await h.smtp.waitFor(() => mail(tree.group.principal.email, '【预警】', duty.dueDate).length === 1);
    expect((await h.duty(duty.id)).status).toBe('escalated');
    expect((await h.history(duty.id)).map((e) => e.type)).not.toContain('escalation_proposed');
    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('direct-level', duty.workflowId);
  });

  it('a granted extension moves the due date, withdraws the pending proposal and starts the ladder again', async () => {
    const { duty, handle, proposal } = await h.slipToProposal(tree, 0, base);

    const newDueAt = new Date((await h.now()) + 20 * DAY);
    const { request, result } = await h.grantExtension(duty, newDueAt, tree.mid.discipline.personId);
    expect(result).toEqual({ dueAt: newDueAt.toISOString(), round: 1 });
    const updated = await h.duty(duty.id);
    expect(updated).toMatchObject({ status: 'pending', dueAt: newDueAt });
    const [row] = await h.db.dataSource.query('SELECT status FROM extension_requests WHERE id = $1', [request.id]);
    expect(row.status).toBe('granted');
    const [withdrawn] = await h.db.dataSource.query('SELECT status FROM escalation_proposals WHERE id = $1', [proposal.id]);
    expect(withdrawn.status).toBe('withdrawn');
    await h.smtp.waitFor(() => mail(tree.mid.principal.email, '【延期通知】', updated.dueDate).length === 1);

    await h.env.sleep(20 * DAY + HOUR);
    await h.waitForEvent(duty.id, 'overdue');
    const keys = (await h.history(duty.id)).map((e) => e.dedupeKey);
    expect(keys).toEqual(expect.arrayContaining(['r1:reminder:P7D', 'r1:reminder:P1D', 'r1:overdue']));
    await h.complete(duty, tree.mid.principal.personId);
    await handle.result();
    await h.recordHistory('extension-granted', duty.workflowId);
  });

  it('a reassignment mid-chase tells the new holder, who gets the following reminders', async () => {
    const duty = await insertDuty(h.db.dataSource, tree, 1, new Date((await h.now()) + 10 * DAY), base);
    const handle = await h.startChase(duty);
    await h.env.sleep(3 * DAY + HOUR);
    await h.smtp.waitFor(() => mail(tree.mid.principal.email, '【督办提醒】', duty.dueDate).length === 1);

    const successor = await h.newPerson('继任书记');
    await h.reassign(duty, { personId: successor.id }, 1);
    await h.smtp.waitFor(() => mail(successor.email, '【职责移交】', duty.dueDate).length === 1);
    await h.env.sleep(6 * DAY);
    await h.smtp.waitFor(() => mail(successor.email, '【督办提醒】', duty.dueDate).length === 1);
    expect(mail(tree.mid.principal.email, '【督办提醒】', duty.dueDate)).toHaveLength(1);

    await h.complete(duty, successor.id);
    await handle.result();
    await h.recordHistory('reassignment', duty.workflowId);
    await h.db.dataSource.query('UPDATE positions SET holder_id = $1 WHERE id = $2', [tree.mid.principal.personId, duty.responsiblePositionId]);
  });

  it('continues as new after a number of steps without losing or repeating any', async () => {
    const policy = { ...base, reminderOffsets: ['P9D', 'P7D', 'P5D', 'P3D', 'P1D'] };
    const duty = await insertDuty(h.db.dataSource, tree, 0, new Date((await h.now()) + 10 * DAY), policy);
    const handle = await h.startChase(duty, { stepsPerRun: 2 });
    const firstRun = (await handle.describe()).runId;
    await h.env.sleep(10 * DAY + HOUR);
    await h.waitForEvent(duty.id, 'overdue');
    expect((await h.history(duty.id)).filter((e) => e.type === 'reminded').map((e) => e.dedupeKey)).toEqual([
      'reminder:P9D',
      'reminder:P7D',
      'reminder:P5D',
      'reminder:P3D',
      'reminder:P1D',
    ]);
    expect(mail(tree.mid.principal.email, '【督办提醒】', duty.dueDate)).toHaveLength(5);
    expect((await h.env.client.workflow.getHandle(duty.workflowId).describe()).runId).not.toBe(firstRun);
    await h.complete(duty, tree.mid.principal.personId);
    await expect(h.env.client.workflow.getHandle(duty.workflowId).result()).resolves.toMatchObject({ closedBy: 'completed' });
  });

  it('a cancelled duty stops at once and withdraws its pending proposal', async () => {
    const { duty, handle, proposal } = await h.slipToProposal(tree, 1, base);
    await h.cancel(duty, '组织撤销');
    await expect(handle.result()).resolves.toEqual({ dutyId: duty.id, closedBy: 'cancelled' });
    await h.recordHistory('cancelled', duty.workflowId);
    const [row] = await h.db.dataSource.query('SELECT status FROM escalation_proposals WHERE id = $1', [proposal.id]);
    expect(row.status).toBe('withdrawn');
  });
});
