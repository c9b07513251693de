import { createTransport, Transporter } from 'nodemailer';
import { PermanentRefusalError } from '../errors/permanent-refusal.error';
import { NotificationDriver, OutgoingEmail } from '../interfaces/notification-driver.interface';

export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

export class SmtpDriver implements NotificationDriver {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpOptions) {
    this.transport = createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure,
      auth: options.user ? { user: options.user, pass: options.password } : undefined,
      pool: true,
      maxConnections: 4,
    });
  }

  /** Throws PermanentRefusalError when the server refuses for good (5xx); any other failure is passing. */
  async send(message: OutgoingEmail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        attachments: message.attachments,
      });
    } catch (error) {
      // nodemailer puts the SMTP reply code on the error.
      const code = (error as { responseCode?: number }).responseCode;
      if (typeof code === 'number' && code >= 500 && code < 600) throw new PermanentRefusalError((error as Error).message, code);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
