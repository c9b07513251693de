import { NotificationDriver, OutgoingEmail } from '../interfaces/notification-driver.interface';

export type LogFn = (entry: { to: string[]; subject: string; messageId: string }, message: string) => void;

/** Writes messages to the log instead of sending them (development without a mail server). */
export class LogDriver implements NotificationDriver {
  constructor(private readonly log: LogFn) {}

  async send(message: OutgoingEmail): Promise<void> {
    this.log({ to: message.to.map((t) => t.address), subject: message.subject, messageId: message.messageId }, '通知（仅记录日志，未发送）');
  }

  async close(): Promise<void> {}
}
