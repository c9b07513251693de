import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');
/** openapi-typescript's own command line: its CommonJS build loads ESM-only packages, which jest cannot require. */
const CLI = join(ROOT, 'node_modules/openapi-typescript/bin/cli.js');

/** The console's client types (apps/web/src/api/schema.d.ts) for an OpenAPI document, as openapi-typescript writes them. */
export async function clientTypes(document: object): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'duban-client-types-'));
  try {
    const input = join(dir, 'openapi.json');
    const output = join(dir, 'schema.d.ts');
    writeFileSync(input, JSON.stringify(document));
    await promisify(execFile)(process.execPath, [CLI, input, '--output', output], { cwd: ROOT });
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
