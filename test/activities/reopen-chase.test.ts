import { createActivities } from '@duban/activities';
import { SmtpDriver } from '@duban/notifications';
import { appendDutyEvent, applyDutyCommandOrThrow } from '@duban/persistence';
import { createTestDatabase, TestDatabase } from '../support/database';
import { SmtpReceiver } from '../support/smtp-receiver';
import { buildTree, insertDuty, TreeFixture } from '../support/tree-fixture';

const DAY = 86_400_000;
const silent = { info: () => undefined, warn: () => undefined };
const noChases = { start: async () => { throw new Error('本测试中的活动不应启动督办流程'); } };
const noEventWorkflows = {
  startTenureClock: async () => { throw new Error('本测试中的活动不应启动任职时钟'); },
  endTenureClocks: async () => undefined,
  signalReassigned: async () => undefined,
};

/** The first step of a chase restarted by a returned completion, on real Postgres and SMTP. */
describe('reopenChase (real Postgres, SMTP)', () => {
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

  /** A duty completed, then returned (the n-th time) with a reason and a new date, as the API does it. */
  async function returnedDuty(index: number, earlierRound: number) {
    const duty = await insertDuty(db.dataSource, tree, index, new Date(Date.now() + 10 * DAY));
    const newDueAt = new Date(Date.now() + 20 * DAY);
    await db.dataSource.transaction(async (m) => {
      if (earlierRound > 0) await appendDutyEvent(m, { dutyId: duty.id, type: 'extended', dedupeKey: `extension:x`, actorKind: 'system', data: {} });
      if (earlierRound > 0) await appendDutyEvent(m, { dutyId: duty.id, type: 'overdue', dedupeKey: `r${earlierRound}:overdue`, actorKind: 'system', data: {} });
      await applyDutyCommandOrThrow(m, duty.id, { event: { kind: 'completed' }, changes: { completedAt: new Date(), completion: { heldOn: '2026-12-01', counterpartPersonId: null, note: '谈过了' } }, timeline: { type: 'completed', dedupeKey: 'completed', actorKind: 'system' } });
      await applyDutyCommandOrThrow(m, duty.id, {
        event: { kind: 'completion_returned' },
        changes: { returnCount: 1, reviewState: 'returned', returnReason: '走过场', completedAt: null, completion: null, dueAt: newDueAt, dueDate: '2026-12-21' },
        timeline: { type: 'completion_returned', dedupeKey: 'completion_returned:1', actorKind: 'person', actorPersonId: tree.mid.discipline.personId, data: { reason: '走过场' } },
      });
    });
    return duty;
  }

  it('tells the leader once (reason, new date, link) and starts after the last round any earlier run reached', async () => {
    const duty = await returnedDuty(0, 3);
    const first = await activities.reopenChase({ dutyId: duty.id, returnSeq: 1 });
    const retried = await activities.reopenChase({ dutyId: duty.id, returnSeq: 1 });
    expect(first).toEqual({ open: true, round: 4, acknowledged: true });
    expect(retried).toEqual(first);
    const mails = smtp.to(tree.mid.principal.email).filter((m) => m.subject.startsWith('【完成情况被退回】'));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('2026-12-21');
    expect(mails[0].text).toContain('退回理由：走过场');
    expect(mails[0].text).toContain(`http://duban.test/console/duties/${duty.id}`);
    expect(mails[0].text).toContain(`经本级纪委书记审核`);
  });

  it('a duty never extended starts at round 1', async () => {
    const duty = await returnedDuty(1, 0);
    expect(await activities.reopenChase({ dutyId: duty.id, returnSeq: 1 })).toEqual({ open: true, round: 1, acknowledged: true });
  });

  it('a run for a return that did not happen (or another one) ends, telling nobody', async () => {
    const duty = await returnedDuty(0, 0);
    const before = smtp.messages.length;
    expect(await activities.reopenChase({ dutyId: duty.id, returnSeq: 2 })).toMatchObject({ open: false });
    const completed = await insertDuty(db.dataSource, tree, 1, new Date(Date.now() + 10 * DAY));
    await db.dataSource.transaction((m) => applyDutyCommandOrThrow(m, completed.id, { event: { kind: 'completed' }, timeline: { type: 'completed', dedupeKey: 'completed', actorKind: 'system' } }));
    expect(await activities.reopenChase({ dutyId: completed.id, returnSeq: 1 })).toMatchObject({ open: false });
    expect(smtp.messages.length).toBe(before);
  });

  it('a return the leader has already redone is still told, once, but chased no more', async () => {
    const duty = await returnedDuty(0, 0);
    await db.dataSource.transaction((m) =>
      applyDutyCommandOrThrow(m, duty.id, { event: { kind: 'completed' }, changes: { completedAt: new Date() }, timeline: { type: 'completed', dedupeKey: 'completed:1', actorKind: 'system' } }),
    );
    const told = () => smtp.to(tree.mid.principal.email).filter((m) => m.subject.startsWith('【完成情况被退回】') && m.text.includes(`/console/duties/${duty.id}`));
    expect(await activities.reopenChase({ dutyId: duty.id, returnSeq: 1 })).toEqual({ open: false, round: 0, acknowledged: false });
    expect(await activities.reopenChase({ dutyId: duty.id, returnSeq: 1 })).toMatchObject({ open: false });
    await smtp.waitFor(() => told().length === 1);
    expect(told()).toHaveLength(1);
  });
});
