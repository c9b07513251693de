import { ApplicationFailure } from '@temporalio/activity';

/** What a step looked for in the database and did not find. */
export type NotFoundType = 'DutyNotFound' | 'ProposalNotFound' | 'ExtensionRequestNotFound' | 'PersonNotFound';

/**
 * A row the step needs is gone, so no retry can ever succeed: a non-retryable failure, so Temporal does not
 * retry the activity (the retry policies have no attempt limit: a plain error is retried for ever, and the
 * workflow waits on it for ever). The workflow receives an `ActivityFailure` whose `cause` carries `type`;
 * uncaught, it fails the workflow execution, which stops and shows the reason.
 */
export function notFound(type: NotFoundType, message: string, details: Record<string, string>): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, type, details);
}
