/**
 * The channel will never take this message (an SMTP 5xx, an unknown webhook recipient): the outbox records the
 * row as failed and the chase goes on, instead of retrying for ever. Any other error from a driver is passing.
 */
export class PermanentRefusalError extends Error {
  constructor(
    message: string,
    readonly code: number | string | null = null,
  ) {
    super(message);
    this.name = 'PermanentRefusalError';
  }
}
