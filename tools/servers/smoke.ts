/**
 * Smoke test of the provisioning layer: provisions and starts every local
 * server, checks each one answers, prints addresses and timings, stops all.
 *
 *   npx tsx tools/servers/smoke.ts      (exit code 0 on success)
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { Client } from 'pg';
import { freePort } from './ports';
import { spawnChild, waitForPort } from './processes';
import { formatDuration, progress } from './progress';
import { startMailCatcher } from './mail-catcher';
import { startPostgres } from './postgres';
import { ensureTemporalCli, startTemporalDevServer } from './temporal-cli';
import { ensureTestServer } from './temporal-test-server';

interface Row {
  what: string;
  address: string;
  ms: number;
}

async function timed<T>(rows: Row[], what: string, run: () => Promise<T>, address: (value: T) => string): Promise<T> {
  const started = Date.now();
  const value = await run();
  rows.push({ what, address: address(value), ms: Date.now() - started });
  return value;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const stops: Array<() => Promise<void>> = [];
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-smoke-'));
  const started = Date.now();
  try {
    await timed(rows, 'Temporal CLI', ensureTemporalCli, (p) => p);
    const testServer = await timed(rows, 'Temporal 测试服务器 (ensure)', ensureTestServer, (p) => p);

    const pg = await timed(rows, 'PostgreSQL', () => startPostgres({ dataDir: path.join(tmp, 'pg') }), (s) => s.url);
    stops.push(pg.stop);
    await checkPostgres(pg.url);

    const temporal = await timed(rows, 'Temporal 开发服务器', () => startTemporalDevServer({ namespace: 'duban' }),
      (s) => `${s.address} ns=${s.namespace} ui=${s.uiUrl ?? '-'}`);
    stops.push(temporal.stop);

    const mail = await timed(rows, 'MailDev', () => startMailCatcher({}),
      (m) => `smtp ${m.smtpHost}:${m.smtpPort} web ${m.webUrl}`);
    stops.push(mail.stop);
    await checkMail(mail.smtpHost, mail.smtpPort, mail.apiUrl);

    await timed(rows, 'Temporal 测试服务器 (start)', () => startTestServerOnce(testServer), (a) => a);
  } finally {
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => progress(`停止失败: ${String(err)}`));
    await fs.rm(tmp, { recursive: true, force: true });
  }
  for (const r of rows) process.stdout.write(`${formatDuration(r.ms).padStart(7)}  ${r.what}: ${r.address}\n`);
  process.stdout.write(`smoke: OK (总用时 ${formatDuration(Date.now() - started)})\n`);
}

async function checkPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>("SELECT '督办'::text AS t");
    if (rows[0]?.t !== '督办') throw new Error('PostgreSQL 返回了错误的 UTF-8 文本');
  } finally {
    await client.end();
  }
}

async function checkMail(host: string, port: number, apiUrl: string): Promise<void> {
  const subject = `smoke ${Date.now()}`;
  const transport = nodemailer.createTransport({ host, port, secure: false, ignoreTLS: true });
  await transport.sendMail({ from: 'smoke@duban.local', to: 'leader@duban.local', subject, text: '督办提醒' });
  const mails = (await (await fetch(`${apiUrl}/email`)).json()) as Array<{ subject?: string }>;
  if (!mails.some((m) => m.subject === subject)) throw new Error('MailDev 没有收到测试邮件');
}

/** Launch the wrapper the way @temporalio/testing does (`<path> <port>`) and wait for its port. */
async function startTestServerOnce(executable: string): Promise<string> {
  const port = await freePort();
  const child = spawnChild({ name: 'temporal-test-server', command: executable, args: [String(port)] });
  try {
    await waitForPort(port, { child, timeoutMs: 30_000 });
  } finally {
    await child.stop(5000);
  }
  return `127.0.0.1:${port} (已停止)`;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    progress(`smoke 失败: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
