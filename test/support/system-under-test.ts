import { loadConfig } from '@duban/config';
import { createApp } from '@duban/api/create-app';
import { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { freePort } from '../../tools/servers/ports';
import { ApiClient } from './api-client';
import { createTestDatabase, TestDatabase } from './database';
import { loginAs, systemAdministrator } from './logins';
import { SmtpReceiver } from './smtp-receiver';
import { bundleChaseWorkflows, startChaseWorker } from './test-worker';


/**
 * The whole system in real time: the API (and the console, under /console/) on a free port and a worker,
 * against the Temporal dev server, a fresh Postgres database and a real SMTP receiver. Its own task queue keeps test files apart.
 */
export class SystemUnderTest {
  /** `env`: configuration variables for this system, over the test defaults. */
  constructor(private readonly env: Record<string, string> = {}) {}

  /** The API as a system administrator (who builds trees and enables obligations). */
  api!: ApiClient;
  /** The API without a token. */
  anonymous!: ApiClient;
  /** A Temporal client of its own, to look at the workflows behind the API. */
  client!: Client;
  smtp!: SmtpReceiver;
  /** The configuration the API runs with. */
  config!: ReturnType<typeof loadConfig>;
  db!: TestDatabase;
  private app!: INestApplication;
  private worker!: { stop(): Promise<void> };
  private connection!: NativeConnection;
  private workerOptions!: Parameters<typeof startChaseWorker>[0];

  async start(): Promise<this> {
    const address = process.env.DUBAN_TEST_TEMPORAL_ADDRESS;
    if (!address) throw new Error('DUBAN_TEST_TEMPORAL_ADDRESS 未设置：需经 jest 的 global setup 启动 Temporal 开发服务器');
    const [db, smtp, bundle] = await Promise.all([
      createTestDatabase(),
      new SmtpReceiver().start(),
      bundleChaseWorkflows(),
    ]);
    Object.assign(this, { db, smtp });
    // The port is chosen before the configuration so that PUBLIC_URL (by default http://127.0.0.1:<API_PORT>) is the
    // system's own address: the links in its emails open its console.
    const port = await freePort();
    const config = loadConfig({
      API_PORT: String(port),
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '5',
      TEMPORAL_ADDRESS: address,
      TEMPORAL_TASK_QUEUE: `duban-e2e-${randomUUID()}`,
      SMTP_PORT: String(smtp.port),
      LOG_LEVEL: 'error',
      ...this.env,
    });
    this.config = config;
    this.app = await createApp(config);
    await this.app.listen(config.api.port, '127.0.0.1');
    this.anonymous = new ApiClient(`http://127.0.0.1:${config.api.port}`);
    this.api = await systemAdministrator(db.dataSource, this.anonymous, randomUUID().slice(0, 8));
    this.connection = await NativeConnection.connect({ address });
    this.client = new Client({ connection: await Connection.connect({ address }), namespace: config.temporal.namespace });
    this.workerOptions = {
      connection: this.connection,
      client: this.client,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      dataSource: db.dataSource,
      smtpPort: smtp.port,
      publicUrl: config.publicUrl,
      workflowBundle: bundle,
    };
    await this.startWorker();
    return this;
  }

  /** The API as this person (a login is created for them on first use). */
  as(personId: string): Promise<ApiClient> {
    return loginAs(this.db.dataSource, this.anonymous, personId);
  }

  /** The Nest application, to look at its routes. */
  get nest(): INestApplication {
    return this.app;
  }

  /** Starts (again) the worker: with `stopWorker`, a worker restart in the middle of the chases. */
  async startWorker(): Promise<void> {
    this.worker = await startChaseWorker(this.workerOptions);
  }

  stopWorker(): Promise<void> {
    return this.worker.stop();
  }

  async stop(): Promise<void> {
    await this.worker?.stop();
    await this.app?.close();
    await Promise.allSettled([this.connection?.close(), this.client?.connection.close(), this.smtp?.stop()]);
    await this.db?.drop();
  }
}
