import { appendDutyEvent, applyDutyCommandOrThrow, DutyEntity, DutyEventEntity, EscalationProposalEntity, ExtensionRequestEntity, PersonEntity, PositionEntity } from '@duban/persistence';
import { cycleWorkflowId, dutyAcknowledgedSignal, dutyCancelledSignal, DutyChaseInput, dutyCompletedSignal, dutyReassignedSignal, grantExtensionUpdate } from '@duban/contracts';
import { dutyChaseWorkflow, organizationCycleWorkflow } from '@duban/workflows';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChasePolicy } from '@duban/domain';
import { createTestDatabase, TestDatabase } from './database';
import { insertDuty, TreeFixture } from './tree-fixture';
import { SmtpReceiver } from './smtp-receiver';
import { bundleChaseWorkflows, startChaseWorker } from './test-worker';

export const DAY = 86_400_000;
export const TASK_QUEUE = 'duban-test';

/** A time-skipping Temporal server, a fresh database, a real SMTP receiver and a worker running the real activities. */
export class ChaseHarness {
  /**
   * `restartable`: the worker keeps no workflows in memory, so a restarted worker picks every workflow up at
   * once (the time-skipping server never times out a task sent to the stopped worker's sticky queue).
   */
  constructor(private readonly options: { restartable?: boolean } = {}) {}

  env!: TestWorkflowEnvironment;
  db!: TestDatabase;
  smtp!: SmtpReceiver;
  private worker!: { stop(): Promise<void> };

  async start(): Promise<this> {
    const path = process.env.DUBAN_TEST_SERVER_PATH;
    if (!path) throw new Error('DUBAN_TEST_SERVER_PATH 未设置：需经 jest 的 global setup 准备时间跳跃测试服务器');
    const [env, db, smtp, bundle] = await Promise.all([
      TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } }),
      createTestDatabase(),
      new SmtpReceiver().start(),
      bundleChaseWorkflows(),
    ]);
    Object.assign(this, { env, db, smtp });
    this.bundle = bundle;
    await this.startWorker();
    return this;
  }

  private bundle!: Awaited<ReturnType<typeof bundleChaseWorkflows>>;

  private async startWorker(): Promise<void> {
    const { env, db, smtp, bundle } = this;
    this.worker = await startChaseWorker({
      connection: env.nativeConnection,
      client: env.client,
      namespace: env.namespace ?? 'default',
      taskQueue: TASK_QUEUE,
      dataSource: db.dataSource,
      smtpPort: smtp.port,
      publicUrl: 'http://duban.test',
      workflowBundle: bundle,
      ...(this.options.restartable ? { maxCachedWorkflows: 0 } : {}),
    });
  }

  /** A new worker process in place of the old one (what a deployment or a crash does). */
  async restartWorker(): Promise<void> {
    await this.worker.stop();
    await this.startWorker();
  }

  async stop(): Promise<void> {
    await this.worker?.stop();
    await Promise.allSettled([this.env?.teardown(), this.db?.drop(), this.smtp?.stop()]);
  }

  now(): Promise<number> {
    return this.env.currentTimeMs();
  }

  startChase(duty: DutyEntity, extra: Partial<DutyChaseInput> = {}) {
    return this.env.client.workflow.start(dutyChaseWorkflow, {
      workflowId: duty.workflowId,
      taskQueue: TASK_QUEUE,
      args: [{ dutyId: duty.id, dueAt: duty.dueAt.toISOString(), policy: duty.policy, timeZone: 'Asia/Shanghai', ...extra }],
    });
  }

  /** Starts an organization's cycles, as the API does when an administrator switches them on. */
  startCycle(organizationId: string) {
    return this.env.client.workflow.start(organizationCycleWorkflow, { workflowId: cycleWorkflowId(organizationId), taskQueue: TASK_QUEUE, args: [{ organizationId }] });
  }

  /** A duty due in 2 days, chased until its first escalation is proposed (17 days on, grace P15D). */
  async slipToProposal(tree: TreeFixture, sub: number, policy: ChasePolicy) {
    const duty = await insertDuty(this.db.dataSource, tree, sub, new Date((await this.now()) + 2 * DAY), policy);
    const handle = await this.startChase(duty);
    await this.env.sleep(17 * DAY + 3_600_000);
    await this.waitForEvent(duty.id, 'escalation_proposed');
    return { duty, handle, proposal: await this.pendingProposal(duty.id) };
  }

  /** What the API does on 签收. */
  async acknowledge(duty: DutyEntity, actorPersonId: string): Promise<void> {
    await this.db.dataSource.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'acknowledged' },
        timeline: { type: 'acknowledged', dedupeKey: 'acknowledged', actorKind: 'person', actorPersonId },
      }),
    );
    await this.env.client.workflow.getHandle(duty.workflowId).signal(dutyAcknowledgedSignal);
  }

  /** What the API does when the responsible position gets a new holder. */
  async reassign(duty: DutyEntity, to: { personId: string }, seq: number): Promise<void> {
    await this.db.dataSource.transaction(async (manager) => {
      await manager.update(PositionEntity, { id: duty.responsiblePositionId }, { holderId: to.personId });
      await manager.update(DutyEntity, { id: duty.id }, { responsiblePersonId: to.personId });
      await appendDutyEvent(manager, { dutyId: duty.id, type: 'reassigned', dedupeKey: `reassigned:${seq}`, actorKind: 'system', data: { to: to.personId } });
    });
    await this.env.client.workflow.getHandle(duty.workflowId).signal(dutyReassignedSignal, { personId: to.personId, seq });
  }

  /** What the API does when a supervisor grants an extension request. */
  async grantExtension(duty: DutyEntity, newDueAt: Date, actorPersonId: string) {
    const request = await this.db.dataSource.getRepository(ExtensionRequestEntity).save({
      dutyId: duty.id,
      requestedByPersonId: duty.responsiblePersonId,
      requestedDueAt: newDueAt,
      reason: '谈话对象外出学习',
      status: 'pending',
    });
    const result = await this.env.client.workflow
      .getHandle(duty.workflowId)
      .executeUpdate(grantExtensionUpdate, { args: [{ requestId: request.id, newDueAt: newDueAt.toISOString(), actorPersonId, reason: '同意' }] });
    return { request, result };
  }

  /** What the API does when the obligation is disabled or the organization dissolved. */
  async cancel(duty: DutyEntity, reason: string): Promise<void> {
    await this.db.dataSource.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'cancelled' },
        changes: { cancelReason: reason },
        timeline: { type: 'cancelled', dedupeKey: 'cancelled', actorKind: 'system', data: { reason } },
      }),
    );
    await this.env.client.workflow.getHandle(duty.workflowId).signal(dutyCancelledSignal, { reason });
  }

  async newPerson(name: string): Promise<PersonEntity> {
    return this.db.dataSource.getRepository(PersonEntity).save({ name, email: `person-${Date.now()}-${Math.round(Math.random() * 1e6)}@test.duban.local` });
  }

  /** What the API does on completion: the database first, then the signal. */
  async complete(duty: DutyEntity, actorPersonId: string): Promise<void> {
    await this.db.dataSource.transaction((manager) =>
      applyDutyCommandOrThrow(manager, duty.id, {
        event: { kind: 'completed' },
        changes: { completedAt: new Date(), completion: { heldOn: '2026-12-01', counterpartPersonId: duty.counterpartPersonId, note: '已谈' } },
        timeline: { type: 'completed', dedupeKey: 'completed', actorKind: 'person', actorPersonId },
      }),
    );
    await this.env.client.workflow.getHandle(duty.workflowId).signal(dutyCompletedSignal);
  }

  /**
   * With DUBAN_RECORD_HISTORIES=1, keeps the workflow's history (any workflow: chase, cycle, appointment, tenure
   * clock) under test/replay/histories/<name>.history.pb, so the replay test can prove that later changes to the
   * workflow code still replay the workflows already running. See test/replay/replay.test.ts.
   */
  async recordHistory(name: string, workflowId: string): Promise<void> {
    if (process.env.DUBAN_RECORD_HISTORIES !== '1') return;
    const history = await this.env.client.workflow.getHandle(workflowId).fetchHistory();
    // Protobuf binary, as Temporal stores it (the JSON helpers trip over two copies of protobufjs here).
    writeFileSync(join(__dirname, '..', 'replay', 'histories', `${name}.history.pb`), temporal.api.history.v1.History.encode(history).finish());
  }

  async history(dutyId: string): Promise<DutyEventEntity[]> {
    return this.db.dataSource.getRepository(DutyEventEntity).find({ where: { dutyId }, order: { id: 'ASC' } });
  }

  async eventTypes(dutyId: string): Promise<string[]> {
    return (await this.history(dutyId)).map((e) => e.type);
  }

  duty(id: string): Promise<DutyEntity> {
    return this.db.dataSource.getRepository(DutyEntity).findOneByOrFail({ id });
  }

  pendingProposal(dutyId: string): Promise<EscalationProposalEntity> {
    return this.db.dataSource.getRepository(EscalationProposalEntity).findOneByOrFail({ dutyId, status: 'pending' });
  }

  /** Waits in real time until the workflow has recorded `type` for the duty (activities run in real time). */
  async waitForEvent(dutyId: string, type: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.eventTypes(dutyId)).includes(type)) {
      if (Date.now() > deadline) throw new Error(`等待事件 ${type} 超时；已有：${(await this.eventTypes(dutyId)).join(', ')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
