import { POLICY_PACKS } from '@duban/domain';
import { bundleChaseWorkflows } from '../support/test-worker';

/**
 * The workflow bundle is loaded into every workflow's sandbox: it carries what the workflows need of the domain
 * (`@duban/domain/chase`) and the contracts, not the domain barrel that loads and validates the packs' data. The
 * lint rule on workflows/ and libs/contracts/ forbids value imports of `@duban/domain`; this checks the result.
 */
describe('the workflow bundle', () => {
  it('holds none of the packs’ data', async () => {
    const { code } = await bundleChaseWorkflows();
    expect(POLICY_PACKS.length).toBeGreaterThanOrEqual(5);
    const found = POLICY_PACKS.flatMap((pack) => [pack.title, ...pack.templates.map((t) => t.title)]).filter((text) => code.includes(text));
    expect(found).toEqual([]);
    expect(code).not.toMatch(/packs\/data\/[\w-]+\.json/);
    // What the chase needs is there.
    expect(code).toContain('nextChaseStep');
  });
});
