import * as contracts from '@duban/contracts';
import * as workflows from '@duban/workflows';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleChaseWorkflows } from '../support/test-worker';

const dir = join(__dirname, 'histories');

/** Every recorded history, with the workflow type it is a history of (from its first event). */
const histories = readdirSync(dir)
  .filter((file) => file.endsWith('.history.pb'))
  .map((file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(join(dir, file)));
    const type = history.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '(no start event)';
    return { file, type, history };
  })
  .sort((a, b) => a.type.localeCompare(b.type) || a.file.localeCompare(b.file));

/** The workflow types the worker registers: every function the workflows package exports whose name ends in Workflow. */
const workflowTypes = Object.entries(workflows)
  .filter(([name, value]) => typeof value === 'function' && name.endsWith('Workflow'))
  .map(([name]) => name)
  .sort();

/**
 * Duties, cycles, appointments and tenure clocks run for months or years: every recorded history of each of
 * these long-lived workflows must still replay with today's code. A change that alters the commands a workflow
 * issues for a history already recorded fails here; guard it with `patched()` (keeping the old branch) instead.
 * Activity options (timeouts, heartbeat timeout, retry policy) are not part of the commands compared.
 *
 * The histories (histories/*.history.pb, Temporal's protobuf) are written by the workflow tests under
 * test/workflows through `ChaseHarness.recordHistory(name, workflowId)`. Recording them all again is one command:
 *
 *   DUBAN_RECORD_HISTORIES=1 npm test -- test/workflows
 *
 * then commit what changed under histories/. Record to add the history of a new branch or workflow (a
 * `recordHistory` call in its test), or after a deliberate change guarded by `patched()` — never to make a
 * failing replay pass: a history that no longer replays is a running workflow that would break. Recording replaces
 * a file of the same name with a history of today's code; keep the older one under another name while workflows
 * started before the change may still run. A history whose test is gone is not deleted: delete it by hand.
 */
describe('recorded histories of every long-lived workflow replay with the current workflow code', () => {
  let workflowBundle: Awaited<ReturnType<typeof bundleChaseWorkflows>>;

  beforeAll(async () => {
    workflowBundle = await bundleChaseWorkflows();
  });

  it('has histories of every workflow type the worker runs, and of nothing else', () => {
    expect(workflowTypes).toEqual(['appointmentWorkflow', 'dutyChaseWorkflow', 'eventDutiesWorkflow', 'manualDutiesWorkflow', 'organizationCycleWorkflow', 'rectificationWorkflow', 'tenureClockWorkflow']);
    // Callers start workflows by the contracts' names: one contract per registered workflow, by the same name.
    const contractNames = Object.entries(contracts).filter(([name]) => name.endsWith('WorkflowType')).map(([, type]) => (type as { name: string }).name);
    expect(contractNames.sort()).toEqual(workflowTypes);
    const counts = Object.fromEntries(workflowTypes.map((type) => [type, histories.filter((h) => h.type === type).length]));
    expect(Object.entries(counts).filter(([, n]) => n === 0)).toEqual([]);
    expect(counts.dutyChaseWorkflow).toBeGreaterThanOrEqual(13);
    expect(histories.filter((h) => !workflowTypes.includes(h.type)).map((h) => `${h.file}: ${h.type}`)).toEqual([]);
  });

  it.each(histories.map((h) => [`${h.type} ${h.file}`, h] as const))('%s', async (_title, { file, history }) => {
    await Worker.runReplayHistory({ workflowBundle }, history, `replay-${file}`);
  });
});
