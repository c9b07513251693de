import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, startTemporalDevServer } from '../servers';
import { runCommand } from '../servers/processes';
import { progress } from '../servers/progress';
import { build } from './build';

/** `npm run bench`: figures for throughput and memory, printed and written under bench-results/. */
export async function runBenchmarks(): Promise<number> {
  await build();
  const [pg, temporal] = await Promise.all([
    process.env.DATABASE_URL ? null : startPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'duban-bench-pg-')) }),
    startTemporalDevServer({ uiPort: null }),
  ]);
  try {
    progress('基准测试：启用义务并催办到首次提醒…');
    await runCommand({
      name: 'bench',
      command: process.execPath,
      args: ['node_modules/tsx/dist/cli.mjs', 'bench/enable-and-chase.bench.ts'],
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? pg!.url, TEMPORAL_ADDRESS: temporal.address },
      echo: true,
    });
    return 0;
  } finally {
    await Promise.allSettled([temporal.stop(), pg?.stop()]);
  }
}
