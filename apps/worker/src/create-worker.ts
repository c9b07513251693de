import { createActivities, ActivityLogger } from '@duban/activities';
import type { NotificationDriver } from '@duban/notifications';
import { DubanWorkflowClient, temporalChaseStarter, temporalEventWorkflows } from '@duban/temporal';
import type { Client } from '@temporalio/client';
import { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';

export interface DubanWorkerOptions {
  connection: NativeConnection;
  /** Used by activities that start duties' chases (a cycle opening a period, an event). */
  client: Client;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  notifier: NotificationDriver;
  timeZone: string;
  /** Where people reach the console (PUBLIC_URL): links in emails. */
  publicUrl: string;
  log: ActivityLogger;
  /** A prebuilt bundle (tests build it once); otherwise the workflows package is bundled at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Workflows kept in memory between tasks (0: none, every task replays; tests that restart workers use it). */
  maxCachedWorkflows?: number;
}

/** The worker that runs every duty's chase; shared by the worker process and the tests. */
export function createDubanWorker(options: DubanWorkerOptions): Promise<Worker> {
  const { connection, client, namespace, taskQueue, dataSource, notifier, timeZone, publicUrl, log, workflowBundle, maxCachedWorkflows } = options;
  const workflows = new DubanWorkflowClient(client, taskQueue, timeZone);
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    ...(maxCachedWorkflows !== undefined ? { maxCachedWorkflows } : {}),
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: require.resolve('@duban/workflows') }),
    activities: createActivities({ dataSource, notifier, timeZone, publicUrl, log, chases: temporalChaseStarter(workflows), eventWorkflows: temporalEventWorkflows(workflows) }),
  });
}
