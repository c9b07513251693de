import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleChaseWorkflows } from '../support/test-worker';

const dir = join(__dirname, 'histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.history.pb'));

/**
 * Duties run for a year or more: every recorded history of the chase must still replay with today's code.
 * A change that would break running workflows fails here; guard it with `patched()` instead.
 * Record new histories with DUBAN_RECORD_HISTORIES=1 npm test.
 */
describe('recorded duty chases replay with the current workflow code', () => {
  let workflowBundle: Awaited<ReturnType<typeof bundleChaseWorkflows>>;

  beforeAll(async () => {
    workflowBundle = await bundleChaseWorkflows();
  });

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(join(dir, file)));
    await Worker.runReplayHistory({ workflowBundle }, history, `replay-${file}`);
  });
});
