import type { Workflow } from '@temporalio/workflow';

/**
 * A workflow type as the client sees it: its registered name, typed by the workflow's signature, so that
 * `client.workflow.start<F>(type.name, { args })` checks the arguments without importing workflow code
 * (activities and the API may not). `workflows/src/index.ts` checks that each workflow matches its type.
 */
export interface WorkflowType<F extends Workflow> {
  readonly name: string;
  /** Never set: carries the signature. */
  readonly signature?: F;
}

export function workflowType<F extends Workflow>(name: string): WorkflowType<F> {
  return { name };
}
