import { SmtpDriver } from '@duban/notifications';
import { createDubanWorker } from '@duban/worker/create-worker';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection } from '@temporalio/worker';
import type { DataSource } from 'typeorm';

const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };

/** The workflows bundled from source, as the worker process bundles them. */
export function bundleChaseWorkflows() {
  return bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows/src/index.ts'), logger: quiet });
}

export interface TestWorkerOptions {
  connection: NativeConnection;
  client: Client;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  smtpPort: number;
  /** PUBLIC_URL of the system under test: links in emails. */
  publicUrl: string;
  workflowBundle: Awaited<ReturnType<typeof bundleChaseWorkflows>>;
  maxCachedWorkflows?: number;
}

/** The real worker (real activities, SMTP to the test receiver), running until `stop()`. */
export async function startChaseWorker(options: TestWorkerOptions): Promise<{ stop(): Promise<void> }> {
  const notifier = new SmtpDriver({ host: '127.0.0.1', port: options.smtpPort, secure: false, from: '督办系统 <duban@test.local>' });
  const worker = await createDubanWorker({
    connection: options.connection,
    client: options.client,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    dataSource: options.dataSource,
    notifier,
    timeZone: 'Asia/Shanghai',
    publicUrl: options.publicUrl,
    log: { info: () => undefined, warn: () => undefined },
    workflowBundle: options.workflowBundle,
    maxCachedWorkflows: options.maxCachedWorkflows,
  });
  const running = worker.run();
  return {
    stop: async () => {
      worker.shutdown();
      await running.catch(() => undefined);
      await notifier.close();
    },
  };
}
