/**
 * Benchmark: switch the supervision talk on for an organization with N subordinates, then chase every
 * duty to its first reminder. Prints figures and writes them to bench-results/enable-and-chase.json.
 * Run through `npm run bench` (it provisions Postgres and the Temporal dev server); N from BENCH_N.
 */
import { loadConfig } from '@duban/config';
import { migrate, openDataSource } from '@duban/persistence';
import { SmtpDriver } from '@duban/notifications';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { hashPassword } from '../apps/api/dist/auth/password-hasher';
import { createApp } from '../apps/api/dist/create-app';
import { createDubanWorker } from '../apps/worker/dist/create-worker';

const N = Number(process.env.BENCH_N ?? 500);
const ROOT = resolve(__dirname, '..');
const silent = { info: () => undefined, warn: () => undefined };

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  let received = 0;
  const smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData: (stream, _s, done) => { stream.resume(); stream.on('end', () => { received += 1; done(); }); } });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const config = loadConfig({ ...process.env, SMTP_PORT: String(smtpPort), LOG_LEVEL: 'error', DECISION_WAIT: 'PT5M', TEMPORAL_TASK_QUEUE: `bench-${Date.now()}` });
  const dataSource = await openDataSource({ url: config.database.url, poolSize: 10 });
  await migrate(dataSource);

  // The tree: one organization with N subordinates, every one with its 一把手, written in bulk.
  const [{ id: rootId }] = await dataSource.query(`INSERT INTO organizations (name) VALUES ('基准测试党委') RETURNING id`);
  await dataSource.query(
    `WITH p AS (INSERT INTO people (name, email) SELECT '书记' || g, 'bench-' || g || '-' || $2 || '@bench.local' FROM generate_series(0, $1) g RETURNING id, name),
          o AS (INSERT INTO organizations (name, parent_id) SELECT '下级' || g, $3::uuid FROM generate_series(1, $1) g RETURNING id, name)
     INSERT INTO positions (organization_id, role, title, holder_id)
     SELECT o.id, 'principal', '书记', p.id FROM o JOIN p ON p.name = '书记' || substr(o.name, 3)
     UNION ALL SELECT $3::uuid, 'principal', '书记', p.id FROM p WHERE p.name = '书记0'`,
    [N, Date.now(), rootId],
  );

  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  // A system administrator enables the obligation, as anyone would: through a login.
  const benchLogin = `bench-${Date.now()}`;
  await dataSource.query(
    `WITH p AS (INSERT INTO people (name, email) VALUES ('基准测试管理员', $1 || '@bench.local') RETURNING id)
     INSERT INTO users (person_id, login, password_hash, system_admin) SELECT id, $1, $2, true FROM p`,
    [benchLogin, await hashPassword('Bench-Password-1')],
  );
  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: benchLogin, password: 'Bench-Password-1' }) });
  const { token } = (await login.json()) as { token: string };
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const notifier = new SmtpDriver({ ...config.notifications.smtp, from: config.notifications.from });
  const workflowBundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../workflows/dist/index.js'), logger: new DefaultLogger('ERROR') });
  const client = new Client({ connection: await Connection.connect({ address: config.temporal.address }), namespace: config.temporal.namespace });
  const worker = await createDubanWorker({ connection, client, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue, dataSource, notifier, timeZone: config.timeZone, publicUrl: config.publicUrl, log: silent, workflowBundle });
  const running = worker.run();

  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  // Due in an hour with a reminder 61 minutes before (already passed): every duty is reminded as soon as its chase starts
  // (no acknowledgement requests, so the SMTP sink counts reminders only).
  // The root follows the Anhui pack; its supervision talk is issued by hand, through the one door.
  await fetch(`${base}/organizations/${rootId}/cycle-settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ packId: 'anhui-2022' }),
  });
  const res = await fetch(`${base}/organizations/${rootId}/duties`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ templateId: 'supervision-talk', dueAt: new Date(Date.now() + 3_600_000).toISOString(), policy: { reminderOffsets: ['PT61M'], acknowledgeReminderInterval: null } }),
  });
  const enabled = (await res.json()) as { duties: unknown[] };
  const t1 = performance.now();
  if (res.status !== 201 || enabled.duties.length !== N) throw new Error(`启用失败：${res.status} ${JSON.stringify(enabled).slice(0, 300)}`);
  while (received < N) {
    if (performance.now() - t1 > 300_000) throw new Error(`5 分钟内只收到 ${received}/${N} 封提醒`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const t2 = performance.now();

  const figures = {
    date: new Date().toISOString(),
    subordinates: N,
    enableMs: Math.round(t1 - t0),
    dutiesPerSecondEnable: Math.round((N / (t1 - t0)) * 1000),
    firstRemindersMs: Math.round(t2 - t1),
    enableToAllRemindedMs: Math.round(t2 - t0),
    remindersPerSecond: Math.round((N / (t2 - t1)) * 1000),
    rssMiB: Math.round(process.memoryUsage().rss / 1048576),
    rssGrowthMiB: Math.round((process.memoryUsage().rss - rssBefore) / 1048576),
    note: 'API, worker and SMTP sink in one process on this machine; Postgres and the Temporal dev server (SQLite) local',
  };
  process.stdout.write(
    [
      `启用“监督谈话”（${N} 个下级）：${figures.enableMs} ms，约 ${figures.dutiesPerSecondEnable} 项/秒（生成事项并启动工作流）`,
      `启用完成后全部首次提醒送达：${figures.firstRemindersMs} ms，约 ${figures.remindersPerSecond} 封/秒（从启用开始共 ${figures.enableToAllRemindedMs} ms）`,
      `进程内存：${figures.rssMiB} MiB（增长 ${figures.rssGrowthMiB} MiB）`,
      '',
    ].join('\n'),
  );
  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'enable-and-chase.json'), `${JSON.stringify(figures, null, 2)}\n`);

  worker.shutdown();
  await running;
  await app.close();
  await Promise.allSettled([connection.close(), client.connection.close(), notifier.close(), dataSource.destroy()]);
  await new Promise<void>((r) => smtp.close(() => r()));
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);
