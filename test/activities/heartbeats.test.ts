import { createActivities } from '@duban/activities';
import { DubanWorkflowClient, temporalChaseStarter } from '@duban/temporal';
import { DutyEntity, OrganizationSettingsEntity } from '@duban/persistence';
import type { Client } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createTestDatabase, TestDatabase } from '../support/database';
import { buildTree, TreeFixture } from '../support/tree-fixture';

const silent = { info: () => undefined, warn: () => undefined };
const refuse = (what: string) => async () => {
  throw new Error(`本测试中的活动不应${what}`);
};

/**
 * A cycle's opening creates a period's duties and starts a chase for each, one by one: the activity heartbeats
 * once the duties are written and after every chase started, so Temporal notices a lost worker within the
 * heartbeat timeout (the workflow sets one) rather than the ten-minute start-to-close timeout.
 */
describe('long activities heartbeat as they go', () => {
  let db: TestDatabase;
  let tree: TreeFixture;

  beforeAll(async () => {
    db = await createTestDatabase();
    tree = await buildTree(db.dataSource);
  });
  afterAll(() => db.drop());

  it('opening a period: one heartbeat after the duties are written, then one per chase started', async () => {
    /** What happened, in order: a chase started (by workflow id) or a heartbeat. */
    const log: string[] = [];
    const client = { workflow: { start: async (_type: string, options: { workflowId: string }) => void log.push(`start ${options.workflowId}`) } } as unknown as Client;
    const activities = createActivities({
      dataSource: db.dataSource,
      notifier: { send: refuse('发送邮件'), close: async () => undefined },
      timeZone: 'Asia/Shanghai', publicUrl: 'http://duban.test',
      log: silent,
      chases: temporalChaseStarter(new DubanWorkflowClient(client, 'duban-test', 'Asia/Shanghai')),
      eventWorkflows: { startTenureClock: refuse('启动任职时钟'), endTenureClocks: refuse('停止任职时钟'), signalReassigned: refuse('通知督办流程') },
    });
    const now = new Date();
    await db.dataSource.getRepository(OrganizationSettingsEntity).save({ organizationId: tree.mid.id, packId: 'shanxi-school-2022', cyclesEnabled: true, cyclesEnabledAt: now });

    const env = new MockActivityEnvironment({ heartbeatTimeoutMs: 60_000 });
    env.on('heartbeat', () => log.push('heartbeat'));
    const result = await env.run(activities.openDuePeriods, { organizationId: tree.mid.id, now: now.toISOString() });

    const duties = await db.dataSource.getRepository(DutyEntity).findBy({ organizationId: tree.mid.id });
    expect(result).toMatchObject({ enabled: true, created: duties.length });
    expect(duties.length).toBeGreaterThan(1);
    const starts = log.filter((entry) => entry.startsWith('start '));
    expect(starts.sort()).toEqual(duties.map((d) => `start ${d.workflowId}`).sort());
    expect(log[0]).toBe('heartbeat');
    expect(log.filter((entry) => entry === 'heartbeat')).toHaveLength(duties.length + 1);
  });
});
