import { createTransport, Transporter } from 'nodemailer';
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

  async send(message: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({
      from: this.options.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: message.messageId,
      attachments: message.attachments,
    });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
