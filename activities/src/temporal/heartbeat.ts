import { Context } from '@temporalio/activity';

/**
 * Tells Temporal that the running activity is alive and moving on: call it once per item of a long loop, and
 * give the activity a `heartbeatTimeout` in the workflow's `proxyActivities` options (an activity must not
 * heartbeat without one). A worker that dies mid-loop is then noticed within the heartbeat timeout instead of the
 * whole start-to-close timeout, and the retry (idempotent) finishes the loop. The SDK throttles what reaches the
 * server (to 80 % of the timeout), so calling it for every item costs nothing.
 */
export function heartbeat(): void {
  Context.current().heartbeat();
}
