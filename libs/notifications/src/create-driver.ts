import { LogDriver, LogFn } from './drivers/log.driver';
import { SmtpDriver, SmtpOptions } from './drivers/smtp.driver';
import { NotificationDriver } from './interfaces/notification-driver.interface';

export function createNotificationDriver(driver: 'smtp' | 'log', smtp: SmtpOptions, log: LogFn): NotificationDriver {
  return driver === 'smtp' ? new SmtpDriver(smtp) : new LogDriver(log);
}
