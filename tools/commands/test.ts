import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium, ensureS3Server, ensureSchemathesis, ensureTemporalCli, ensureTestServer, startPostgres, startS3Server, startTemporalDevServer } from '../servers';
import { runCommand, spawnChild } from '../servers/processes';
import { progress, since } from '../servers/progress';
import { build } from './build';

const ROOT = resolve(__dirname, '../..');

/**
 * `npm test`: type-check and build, lint (layer walls included), provision the real servers, then every
 * jest test — unit, time-skipping workflow, and end-to-end — and a closing `N passed, N failed` line.
 */
export async function runTests(args: string[]): Promise<number> {
  const started = Date.now();
  await build();
  await lint();

  progress('准备真实服务：PostgreSQL、Temporal 开发服务器、时间跳跃测试服务器、Schemathesis、S3 兼容存储（moto）、浏览器（Chromium）…');
  const provisioned = Date.now();
  const [testServer, , schemathesis, chromium, motoServer] = await Promise.all([ensureTestServer(), ensureTemporalCli(), ensureSchemathesis(), ensureChromium(), ensureS3Server()]);
  const [pg, temporal, s3] = await Promise.all([
    process.env.DATABASE_URL ? null : startPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'duban-test-pg-')) }),
    startTemporalDevServer({ uiPort: null }),
    startS3Server(motoServer),
  ]);
  progress(`服务已就绪（${since(provisioned)}）`);

  const reportDir = join(ROOT, '.data', 'test-report');
  mkdirSync(reportDir, { recursive: true });
  const reportFile = join(reportDir, 'jest.json');
  try {
    progress('运行测试（jest：unit、workflow、e2e）…');
    const jest = spawnChild({
      name: 'jest',
      command: process.execPath,
      args: ['node_modules/jest/bin/jest.js', '--ci', '--json', `--outputFile=${reportFile}`, ...args],
      env: {
        ...process.env,
        DUBAN_TEST_DATABASE_URL: process.env.DATABASE_URL ?? pg!.url,
        DUBAN_TEST_TEMPORAL_ADDRESS: temporal.address,
        DUBAN_TEST_SERVER_PATH: testServer,
        DUBAN_TEST_SCHEMATHESIS: schemathesis,
        DUBAN_TEST_CHROMIUM: chromium,
        DUBAN_TEST_S3_ENDPOINT: s3.endpoint,
      },
      echo: true,
    });
    const { code } = await jest.exited;
    const summary = readSummary(reportFile);
    progress(`测试结束（总用时 ${since(started)}）`);
    if (summary) process.stdout.write(`\n${summary.passed} passed, ${summary.failed} failed\n`);
    return code ?? 1;
  } finally {
    await Promise.allSettled([temporal.stop(), pg?.stop(), s3.stop()]);
  }
}

async function lint(): Promise<void> {
  const started = Date.now();
  progress('代码检查（ESLint，含 Nx 分层边界）…');
  // The boundary rule reads Nx's project graph; compute it first (no daemon).
  await runCommand({ name: 'nx', command: process.execPath, args: ['node_modules/nx/bin/nx.js', 'show', 'projects'], env: { ...process.env, NX_DAEMON: 'false' } });
  await runCommand({ name: 'eslint', command: process.execPath, args: ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0'], echo: true });
  progress(`代码检查通过（${since(started)}）`);
}

function readSummary(file: string): { passed: number; failed: number } | null {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites };
  } catch {
    return null;
  }
}
