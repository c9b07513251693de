import { createActivities } from '@duban/activities';
import { SmtpDriver } from '@duban/notifications';
import { applyDutyCommandOrThrow, NotificationEntity } from '@duban/persistence';
import { createTestDatabase, TestDatabase } from '../support/database';
import { SmtpReceiver } from '../support/smtp-receiver';
import { buildTree, insertDuty, TreeFixture } from '../support/tree-fixture';

const DAY = 86_400_000;
const silent = { info: () => undefined, warn: () => undefined };
/** These activities never create duties: starting a chase here would be a bug. */
const noChases = { start: async () => { throw new Error('本测试中的活动不应启动督办流程'); } };
const noEventWorkflows = {
  startTenureClock: async () => { throw new Error('本测试中的活动不应启动任职时钟'); },
  endTenureClocks: async () => undefined,
  signalReassigned: async () => undefined,
};

/** Activities are retried by Temporal: a retried step records and sends nothing twice. */
describe('activities on real Postgres and SMTP', () => {
  let db: TestDatabase;
  let smtp: SmtpReceiver;
  let notifier: SmtpDriver;
  let tree: TreeFixture;
  let activities: ReturnType<typeof createActivities>;

  beforeAll(async () => {
    [db, smtp] = await Promise.all([createTestDatabase(), new SmtpReceiver().start()]);
    notifier = new SmtpDriver({ host: '127.0.0.1', port: smtp.port, secure: false, from: '督办系统 <duban@test.local>' });
    activities = createActivities({ dataSource: db.dataSource, notifier, timeZone: 'Asia/Shanghai', publicUrl: 'http://duban.test', log: silent, chases: noChases, eventWorkflows: noEventWorkflows });
    tree = await buildTree(db.dataSource);
  });
  afterAll(async () => {
    await notifier.close();
    await Promise.all([smtp.stop(), db.drop()]);
  });

  it('sends a reminder once however often the step is retried', async () => {
    const duty = await insertDuty(db.dataSource, tree, 0, new Date(Date.now() + 10 * DAY));
    const step = { dutyId: duty.id, stepKey: 'reminder:P7D', at: new Date(Date.now() + 3 * DAY).toISOString() };
    // Two attempts at once: one sends; the other finds the message locked and asks Temporal to retry.
    const both = await Promise.allSettled([activities.sendReminder(step), activities.sendReminder(step)]);
    for (const attempt of both) if (attempt.status === 'rejected') expect(String(attempt.reason)).toContain('封邮件未发出');
    await activities.sendReminder(step);

    expect(smtp.to(tree.mid.principal.email).filter((m) => m.text.includes('距截止还有 7 天'))).toHaveLength(1);
    const events = await db.dataSource.query(`SELECT type FROM duty_events WHERE duty_id = $1 AND type = 'reminded'`, [duty.id]);
    expect(events).toHaveLength(1);
  });

  it('delivers, on retry, a message recorded but not sent when the mail server was down', async () => {
    const duty = await insertDuty(db.dataSource, tree, 1, new Date(Date.now() + 10 * DAY));
    const down = createActivities({
      dataSource: db.dataSource,
      notifier: { send: () => Promise.reject(new Error('connect ECONNREFUSED')), close: async () => undefined },
      timeZone: 'Asia/Shanghai', publicUrl: 'http://duban.test',
      log: silent,
      chases: noChases,
      eventWorkflows: noEventWorkflows,
    });
    const step = { dutyId: duty.id, stepKey: 'reminder:P1D', at: new Date().toISOString() };
    await expect(down.sendReminder(step)).rejects.toThrow('ECONNREFUSED');
    const [pending] = await db.dataSource.getRepository(NotificationEntity).findBy({ dutyId: duty.id });
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });

    await activities.sendReminder(step);
    const [sent] = await db.dataSource.getRepository(NotificationEntity).findBy({ dutyId: duty.id });
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.messages.filter((m) => m.messageId === `<${sent.id}@duban>`)).toHaveLength(1);
  });

  it('does nothing for a duty already completed, and tells the workflow to stop', async () => {
    const duty = await insertDuty(db.dataSource, tree, 0, new Date(Date.now() + 10 * DAY));
    await db.dataSource.transaction((m) => applyDutyCommandOrThrow(m, duty.id, { event: { kind: 'completed' } }));
    const before = smtp.messages.length;
    await expect(activities.sendReminder({ dutyId: duty.id, stepKey: 'reminder:P1D', at: new Date().toISOString() })).resolves.toEqual({ open: false });
    await expect(activities.markOverdue({ dutyId: duty.id, round: 0 })).resolves.toEqual({ open: false });
    expect(smtp.messages).toHaveLength(before);
  });

  it('applies a decision once: a retried approval warns the higher body once', async () => {
    const duty = await insertDuty(db.dataSource, tree, 1, new Date(Date.now() - 20 * DAY));
    await activities.markOverdue({ dutyId: duty.id, round: 0 });
    const { proposalId } = await activities.proposeEscalation({ dutyId: duty.id, round: 0, level: 1, decidesBy: new Date(Date.now() + DAY).toISOString(), notify: ['parent:principal', 'parent:discipline_secretary'] });
    const again = await activities.proposeEscalation({ dutyId: duty.id, round: 0, level: 1, decidesBy: new Date(Date.now() + DAY).toISOString(), notify: ['parent:principal', 'parent:discipline_secretary'] });
    expect(again.proposalId).toBe(proposalId);

    const decision = { dutyId: duty.id, proposalId: proposalId!, decision: { kind: 'approve' as const, actorPersonId: tree.mid.discipline.personId } };
    const first = await activities.applyDecision(decision);
    const retried = await activities.applyDecision(decision);
    expect(first).toMatchObject({ status: 'approved', notified: 2 });
    expect(retried).toMatchObject({ status: 'approved', notified: 2 });
    const warnings = smtp.messages.filter((m) => m.subject.startsWith('【预警】') && m.text.includes(duty.dueDate));
    expect(warnings.map((m) => m.to[0]).sort()).toEqual([tree.top.discipline.email, tree.top.principal.email].sort());
  });

  it('warns nobody about a duty closed meanwhile: the pending proposal is withdrawn', async () => {
    const duty = await insertDuty(db.dataSource, tree, 0, new Date(Date.now() - 20 * DAY));
    const { proposalId } = await activities.proposeEscalation({ dutyId: duty.id, round: 0, level: 1, decidesBy: new Date().toISOString(), notify: ['parent:principal'] });
    await db.dataSource.transaction((m) => applyDutyCommandOrThrow(m, duty.id, { event: { kind: 'completed' } }));
    const outcome = await activities.applyDecision({ dutyId: duty.id, proposalId: proposalId!, decision: { kind: 'timeout' } });
    expect(outcome).toMatchObject({ status: 'withdrawn', notified: 0 });
    expect(smtp.messages.filter((m) => m.subject.startsWith('【预警】') && m.text.includes('对象：下级甲党委'))).toHaveLength(0);
    const [row] = await db.dataSource.query('SELECT status FROM escalation_proposals WHERE id = $1', [proposalId]);
    expect(row.status).toBe('withdrawn');
  });

  it('records an address the mail server refuses for good (550, reported by the driver as a PermanentRefusalError), and lets the chase go on', async () => {
    const duty = await insertDuty(db.dataSource, tree, 1, new Date(Date.now() + 10 * DAY));
    smtp.refused.add(tree.mid.principal.email);
    try {
      await expect(activities.sendReminder({ dutyId: duty.id, stepKey: 'reminder:P7D', at: new Date().toISOString() })).resolves.toEqual({ open: true });
    } finally {
      smtp.refused.clear();
    }
    const [row] = await db.dataSource.getRepository(NotificationEntity).findBy({ dutyId: duty.id });
    expect(row).toMatchObject({ status: 'failed', attempts: 1, sentAt: null });
    expect(smtp.messages.filter((m) => m.messageId === `<${row.id}@duban>`)).toEqual([]);
  });
});
