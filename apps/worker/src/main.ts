import { ConfigError, loadConfig } from '@duban/config';
import { createNotificationDriver } from '@duban/notifications';
import { openDataSource } from '@duban/persistence';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import pino from 'pino';
import { createDubanWorker } from './create-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ name: 'duban-worker', level: config.logLevel });
  const dataSource = await openDataSource({ url: config.database.url, poolSize: config.database.poolSize });
  const notifier = createNotificationDriver(config.notifications.driver, { ...config.notifications.smtp, from: config.notifications.from }, (entry, msg) =>
    log.info(entry, msg),
  );
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const clientConnection = await Connection.connect({ address: config.temporal.address });
  const client = new Client({ connection: clientConnection, namespace: config.temporal.namespace });
  try {
    const worker = await createDubanWorker({
      connection,
      client,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      dataSource,
      notifier,
      timeZone: config.timeZone,
      publicUrl: config.publicUrl,
      log,
    });
    log.info({ taskQueue: config.temporal.taskQueue, address: config.temporal.address }, 'worker 已启动');
    // Resolves after SIGINT/SIGTERM once in-flight tasks have drained.
    await worker.run();
  } finally {
    await connection.close();
    await clientConnection.close();
    await notifier.close();
    await dataSource.destroy();
    log.info('worker 已停止');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
