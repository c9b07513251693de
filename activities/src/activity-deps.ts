import type { NotificationDriver } from '@duban/notifications';
import type { DataSource } from 'typeorm';
import type { ChaseStarter, EventWorkflows } from '@duban/temporal';

export interface ActivityLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Everything activities touch, injected: no globals. */
export interface ActivityDeps {
  dataSource: DataSource;
  notifier: NotificationDriver;
  timeZone: string;
  /** Where people reach the console: links in emails that ask someone to act (see consoleLinks). */
  publicUrl: string;
  log: ActivityLogger;
  /** Starts the chase of duties the worker creates (cycles, events). */
  chases: ChaseStarter;
  /** Tenure clocks and signals to chases, for duties started by events. */
  eventWorkflows: EventWorkflows;
}
