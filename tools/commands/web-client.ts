import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCommand } from '../servers/processes';
import { progress } from '../servers/progress';
import { clientTypes } from '../web/client-types';

const ROOT = resolve(__dirname, '../..');
export const SCHEMA_TYPES = join(ROOT, 'apps/web/src/api/schema.d.ts');

/**
 * `npm run web:client`: compiles the API, writes its OpenAPI document without a database (`cli.js openapi`, Nest's
 * preview mode) and regenerates the console's typed client (apps/web/src/api/schema.d.ts).
 */
export async function generateWebClient(): Promise<number> {
  progress('编译 API（tsc -b，增量）…');
  await runCommand({ name: 'tsc', command: process.execPath, args: ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.build.json'], cwd: ROOT, echo: true });
  const dir = mkdtempSync(join(tmpdir(), 'duban-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    await runCommand({ name: 'openapi', command: process.execPath, args: [join(ROOT, 'apps/api/dist/cli.js'), 'openapi', '--out', file], cwd: ROOT });
    writeFileSync(SCHEMA_TYPES, await clientTypes(JSON.parse(readFileSync(file, 'utf8'))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  progress(`已生成 ${SCHEMA_TYPES}`);
  return 0;
}
