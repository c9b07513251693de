import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  attachments: ParsedMail['attachments'];
}

/** A real SMTP server on a free port that parses and keeps every message nodemailer sends it. */
export class SmtpReceiver {
  readonly messages: ReceivedMail[] = [];
  /** Addresses refused for good (550), as a server refuses an unknown mailbox. */
  readonly refused = new Set<string>();
  private server!: SMTPServer;
  port = 0;

  /** Starts on a free port, or again on the port it had (to simulate an outage and a recovery). */
  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refused.has(address.address)) return callback();
        callback(Object.assign(new Error(`550 5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
            this.messages.push({ to, subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId ?? '', attachments: mail.attachments });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }

  /** Waits (real time) until `predicate` holds over the received messages. */
  async waitFor(predicate: (messages: ReceivedMail[]) => boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      if (Date.now() > deadline) {
        throw new Error(`等待邮件超时；已收到：\n${this.messages.map((m) => `  ${m.to.join(',')} ${m.subject}`).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
