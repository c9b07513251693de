import { loadConfig } from '@duban/config';
import { createApp } from '@duban/api/create-app';
import { SmtpDriver } from '@duban/notifications';
import { createDubanWorker } from '@duban/worker/create-worker';
import { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { ApiClient } from './api-client';
import { createTestDatabase, TestDatabase } from './database';
import { SmtpReceiver } from './smtp-receiver';

const silent = { info: () => undefined, warn: () => undefined };

/**
 * The whole system in real time: the API on a free port and a worker, against the Temporal dev server,
 * a fresh Postgres database and a real SMTP receiver. Its own task queue keeps test files apart.
 */
export class SystemUnderTest {
  api!: ApiClient;
  /** A Temporal client of its own, to look at the workflows behind the API. */
  client!: Client;
  smtp!: SmtpReceiver;
  db!: TestDatabase;
  private app!: INestApplication;
  private worker!: Worker;
  private running!: Promise<void>;
  private connection!: NativeConnection;
  private notifier!: SmtpDriver;

  async start(): Promise<this> {
    const address = process.env.DUBAN_TEST_TEMPORAL_ADDRESS;
    if (!address) throw new Error('DUBAN_TEST_TEMPORAL_ADDRESS 未设置：需经 jest 的 global setup 启动 Temporal 开发服务器');
    const [db, smtp, bundle] = await Promise.all([
      createTestDatabase(),
      new SmtpReceiver().start(),
      bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows/src/index.ts'), logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } }),
    ]);
    Object.assign(this, { db, smtp });
    const config = loadConfig({
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '5',
      TEMPORAL_ADDRESS: address,
      TEMPORAL_TASK_QUEUE: `duban-e2e-${randomUUID()}`,
      SMTP_PORT: String(smtp.port),
      LOG_LEVEL: 'error',
    });
    this.app = await createApp(config);
    await this.app.listen(0, '127.0.0.1');
    this.api = new ApiClient(`http://127.0.0.1:${(this.app.getHttpServer().address() as AddressInfo).port}`);
    this.connection = await NativeConnection.connect({ address });
    this.client = new Client({ connection: await Connection.connect({ address }), namespace: config.temporal.namespace });
    this.notifier = new SmtpDriver({ ...config.notifications.smtp, from: config.notifications.from });
    this.worker = await createDubanWorker({
      connection: this.connection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      dataSource: db.dataSource,
      notifier: this.notifier,
      timeZone: config.timeZone,
      log: silent,
      workflowBundle: bundle,
    });
    this.running = this.worker.run();
    return this;
  }

  async stop(): Promise<void> {
    this.worker?.shutdown();
    await this.running?.catch(() => undefined);
    await this.app?.close();
    await Promise.allSettled([this.connection?.close(), this.client?.connection.close(), this.notifier?.close(), this.smtp?.stop()]);
    await this.db?.drop();
  }
}
