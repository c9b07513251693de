import { createActivities } from '@duban/activities';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '../support/database';
import { buildTree, insertDuty, TreeFixture } from '../support/tree-fixture';

const DAY = 86_400_000;
const silent = { info: () => undefined, warn: () => undefined };
const refuse = (what: string) => async () => {
  throw new Error(`本测试中的活动不应${what}`);
};

/**
 * A step whose row is gone can never succeed: it fails once, as a non-retryable ApplicationFailure with a
 * type, instead of an error Temporal would retry every few minutes for ever (the retry policies have no limit).
 */
describe('activities whose row is gone fail for good, not for ever', () => {
  let db: TestDatabase;
  let tree: TreeFixture;
  let activities: ReturnType<typeof createActivities>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const notifier = { send: refuse('发送邮件'), close: async () => undefined };
    activities = createActivities({
      dataSource: db.dataSource,
      notifier,
      timeZone: 'Asia/Shanghai', publicUrl: 'http://duban.test',
      log: silent,
      chases: { start: refuse('启动督办流程') },
      eventWorkflows: { startTenureClock: refuse('启动任职时钟'), endTenureClocks: refuse('停止任职时钟'), signalReassigned: refuse('通知督办流程') },
    });
    tree = await buildTree(db.dataSource);
  });
  afterAll(() => db.drop());

  /** The failure Temporal sees: an ApplicationFailure that is not retried, with its type and message. */
  async function failsForGood(step: Promise<unknown>, type: string, message: string): Promise<void> {
    const error = await step.then(
      () => new Error('本步骤应当失败'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect(error).toMatchObject({ type, nonRetryable: true, message });
  }

  it('every step of a chase on a duty that no longer exists: DutyNotFound', async () => {
    const dutyId = randomUUID();
    const gone = (step: Promise<unknown>) => failsForGood(step, 'DutyNotFound', `事项不存在：${dutyId}`);
    const at = new Date().toISOString();
    await gone(activities.requestAcknowledgement({ dutyId, stepKey: 'acknowledge:0' }));
    await gone(activities.sendReminder({ dutyId, stepKey: 'reminder:P7D', at }));
    await gone(activities.markOverdue({ dutyId, round: 0 }));
    await gone(activities.proposeEscalation({ dutyId, round: 0, level: 1, decidesBy: at, notify: ['parent:principal'] }));
    await gone(activities.escalateDirectly({ dutyId, round: 0, level: 1, notify: ['parent:principal'] }));
    await gone(activities.applyNewDueDate({ dutyId, requestId: randomUUID(), newDueAt: at, actorPersonId: tree.mid.discipline.personId, reason: null }));
    await gone(activities.notifyReassignment({ dutyId, stepKey: 'reassigned:1', personId: tree.mid.principal.personId }));
    await gone(activities.notifyExtensionRequest({ dutyId, requestId: randomUUID(), event: 'requested' }));
  });

  it('a decision on a proposal that does not exist: ProposalNotFound', async () => {
    const duty = await insertDuty(db.dataSource, tree, 0, new Date(Date.now() - 20 * DAY));
    const proposalId = randomUUID();
    await failsForGood(activities.applyDecision({ dutyId: duty.id, proposalId, decision: { kind: 'timeout' } }), 'ProposalNotFound', `升级建议不存在：${proposalId}`);
  });

  it('an extension request that does not exist, on a duty that does: ExtensionRequestNotFound', async () => {
    const duty = await insertDuty(db.dataSource, tree, 1, new Date(Date.now() + 10 * DAY));
    const requestId = randomUUID();
    const missing = (step: Promise<unknown>) => failsForGood(step, 'ExtensionRequestNotFound', `延期申请不存在：${requestId}`);
    await missing(activities.notifyExtensionRequest({ dutyId: duty.id, requestId, event: 'refused' }));
    const newDueAt = new Date(Date.now() + 20 * DAY).toISOString();
    await missing(activities.applyNewDueDate({ dutyId: duty.id, requestId, newDueAt, actorPersonId: tree.mid.discipline.personId, reason: null }));
    // Nothing was changed on the way: the transaction rolled back.
    const [row] = await db.dataSource.query('SELECT due_at FROM duties WHERE id = $1', [duty.id]);
    expect(row.due_at.getTime()).toBe(duty.dueAt.getTime());
  });

  it('a new holder who does not exist: PersonNotFound', async () => {
    const duty = await insertDuty(db.dataSource, tree, 0, new Date(Date.now() + 10 * DAY));
    const personId = randomUUID();
    await failsForGood(activities.notifyReassignment({ dutyId: duty.id, stepKey: 'reassigned:1', personId }), 'PersonNotFound', `人员不存在：${personId}`);
  });
});
