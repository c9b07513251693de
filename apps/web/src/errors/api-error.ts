import { describeRefusal, type Refusal } from './refusal';

/** A refused or failed API call, already described in Chinese (see refusal.ts). */
export class ApiError extends Error {
  readonly refusal: Refusal;

  constructor(
    readonly status: number,
    /** The API's error body as it came (a refusal's own details, e.g. an import's per-cell report). */
    readonly body: unknown,
  ) {
    const refusal = describeRefusal(status, body);
    super(refusal.message);
    this.name = 'ApiError';
    this.refusal = refusal;
  }
}

/** The Chinese message for anything thrown by an action. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.refusal.message;
  return '操作未能完成，请稍后重试';
}
