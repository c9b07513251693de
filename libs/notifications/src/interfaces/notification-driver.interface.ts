export interface OutgoingEmail {
  to: { name: string; address: string }[];
  subject: string;
  text: string;
  /** Deterministic per (duty, step, recipient), so a resend after a crash is recognisable as the same message. */
  messageId: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** One channel (SMTP, log, later WeCom/DingTalk webhooks), chosen by configuration. */
export interface NotificationDriver {
  /** Delivers the message; throws PermanentRefusalError when the channel will never take it. */
  send(message: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}
