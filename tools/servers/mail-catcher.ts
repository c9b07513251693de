import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertPortFree, freePort } from './ports';
import { spawnChild, waitForPort } from './processes';
import { formatDuration, progress } from './progress';

/**
 * A local SMTP server that catches every mail (MailDev), with a web UI and a
 * REST API to inspect what was sent. MailDev 3 serves the API under `/api`
 * (v2 used `/email` at the root): `GET <apiUrl>/email` lists all mails,
 * `DELETE <apiUrl>/email/all` clears them.
 *
 * MailDev 3 is ESM-only; rather than importing it into the caller's module
 * system (CJS under tsx/jest), we run its CLI as a child process.
 */

export interface MailCatcherOptions {
  /** SMTP port; a free one when omitted. */
  smtpPort?: number;
  /** Web UI / REST API port; a free one when omitted. */
  webPort?: number;
}

export interface MailCatcher {
  smtpHost: string;
  smtpPort: number;
  /** Web UI, e.g. `http://127.0.0.1:1080`. */
  webUrl: string;
  /** REST API base, `<webUrl>/api`. */
  apiUrl: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 30_000;

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const smtpPort = options.smtpPort ?? (await freePort(HOST));
  const webPort = options.webPort ?? (await freePort(HOST));
  if (options.smtpPort !== undefined) await assertPortFree(smtpPort, 'MailDev SMTP', HOST);
  if (options.webPort !== undefined) await assertPortFree(webPort, 'MailDev Web', HOST);
  const started = Date.now();
  progress(`启动邮件捕获服务 MailDev（SMTP ${HOST}:${smtpPort}，Web ${HOST}:${webPort}）…`);

  const child = spawnChild({
    name: 'maildev',
    command: process.execPath,
    args: [maildevBin(), '--smtp', String(smtpPort), '--web', String(webPort), '--ip', HOST, '--web-ip', HOST],
    // MailDev reads config files from its cwd and parents, and MAILDEV_* env
    // vars: keep both neutral so the flags above are all that counts.
    cwd: os.tmpdir(),
    env: withoutMaildevEnv(process.env),
  });
  try {
    await waitForPort(smtpPort, { host: HOST, child, timeoutMs: READY_TIMEOUT_MS, what: `MailDev SMTP ${HOST}:${smtpPort}` });
    await waitForPort(webPort, { host: HOST, child, timeoutMs: READY_TIMEOUT_MS, what: `MailDev Web ${HOST}:${webPort}` });
  } catch (err) {
    await child.stop(2000);
    throw err;
  }
  progress(`MailDev 就绪（用时 ${formatDuration(Date.now() - started)}）`);

  return {
    smtpHost: HOST,
    smtpPort,
    webUrl: `http://${HOST}:${webPort}`,
    apiUrl: `http://${HOST}:${webPort}/api`,
    async stop() {
      await child.stop(5000);
    },
  };
}

/** The CLI script of the installed `maildev` package (its `exports` hide package.json from require.resolve). */
function maildevBin(): string {
  const starts = [typeof __dirname === 'string' ? __dirname : undefined, process.cwd()];
  for (const start of starts) {
    if (start === undefined) continue;
    for (let dir = start; ; dir = path.dirname(dir)) {
      const pkgDir = path.join(dir, 'node_modules', 'maildev');
      const pkgFile = path.join(pkgDir, 'package.json');
      if (fs.existsSync(pkgFile)) {
        const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { bin?: string | Record<string, string> };
        const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.maildev;
        if (bin) return path.join(pkgDir, bin);
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error('找不到 maildev 包（npm install 之后再试）');
}

function withoutMaildevEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('MAILDEV_')));
}
