import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureTemporalCli, startMailCatcher, startPostgres, startTemporalDevServer } from '../servers';
import { runCommand, spawnChild, waitUntil, type ManagedChild } from '../servers/processes';
import { progress, since } from '../servers/progress';
import { build } from './build';

const ROOT = resolve(__dirname, '../..');
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * `npm start`: everything on the embedded defaults. State lives under .data/ (DUBAN_DATA_DIR), so a
 * second start resumes the same organizations, duties and running workflows. Ctrl-C stops it all.
 */
export async function startSystem(): Promise<number> {
  const started = Date.now();
  const dataDir = resolve(process.env.DUBAN_DATA_DIR ?? join(ROOT, '.data'));
  mkdirSync(dataDir, { recursive: true });
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };

  try {
    await build();
    await ensureTemporalCli();
    const [databaseUrl, temporal, mail] = await Promise.all([
      process.env.DATABASE_URL
        ? Promise.resolve(process.env.DATABASE_URL)
        : startPostgres({ dataDir: join(dataDir, 'postgres'), port: port('DUBAN_PG_PORT', 54329) }).then((pg) => {
            stops.push(pg.stop);
            return pg.url;
          }),
      startTemporalDevServer({ dbFile: join(dataDir, 'temporal.sqlite'), port: port('DUBAN_TEMPORAL_PORT', 7233), uiPort: port('DUBAN_TEMPORAL_UI_PORT', 8233) }).then((t) => {
        stops.push(t.stop);
        return t;
      }),
      startMailCatcher({ smtpPort: port('DUBAN_SMTP_PORT', 1025), webPort: port('DUBAN_MAIL_WEB_PORT', 1080) }).then((m) => {
        stops.push(m.stop);
        return m;
      }),
    ]);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: temporal.namespace,
      SMTP_HOST: mail.smtpHost,
      SMTP_PORT: String(mail.smtpPort),
      API_PORT: String(port('API_PORT', 3000)),
    };
    const node = (name: string, script: string, args: string[] = []) => ({ name, command: process.execPath, args: [join(ROOT, script), ...args], env, echo: true });
    progress('执行数据库迁移…');
    await runCommand(node('migrate', 'apps/api/dist/cli.js', ['migrate']));
    // The worker first: the seed issues the demo year's duties through it, as the API would.
    const worker = spawnChild(node('worker', 'apps/worker/dist/main.js'));
    stops.push(() => worker.stop());
    progress('写入示范组织树与进行中的一年（已存在则跳过）…');
    await runCommand(node('seed', 'apps/api/dist/cli.js', ['seed']));
    const api = spawnChild(node('api', 'apps/api/dist/main.js'));
    stops.push(() => api.stop());
    const apiUrl = `http://127.0.0.1:${env.API_PORT}`;
    await waitUntil(() => fetch(`${apiUrl}/health`).then((r) => r.ok, () => false), { what: 'API', timeoutMs: 60_000, child: api });

    process.stdout.write(
      [
        '',
        `督办工作台  ${apiUrl}/console/`,
        '',
        '示范账号（密码均为 Duban-Demo-2026）：',
        '  city-shuji      市委书记（一把手，责任领导：我的待办）',
        '  city-weiyuan    市委委员（班子成员，责任领导）',
        '  district-shuji  东城区委书记（责任领导）',
        '  city-jiwei      市纪委书记（监督人员：待我审批、事项总览）',
        '  city-admin      示范市委管理员',
        '  admin           系统管理员',
        '',
        `督办 duban 已启动（用时 ${since(started)}）：`,
        `  API 文档（OpenAPI）  ${apiUrl}/api/docs`,
        `  Temporal Web UI      ${temporal.uiUrl}`,
        `  邮件查看（mail）     ${mail.webUrl}`,
        `  数据目录             ${dataDir}`,
        '',
        '调用 API：POST /auth/login {"login":"admin","password":"Duban-Demo-2026"}，在 API 文档右上角 Authorize 填入返回的 token。',
        '按 Ctrl-C 停止全部服务。',
        '',
      ].join('\n'),
    );
    return await waitForShutdown([worker, api], stopAll);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Resolves with 0 on Ctrl-C / SIGTERM, or 1 when the API or the worker dies on its own. */
function waitForShutdown(children: ManagedChild[], stopAll: () => Promise<void>): Promise<number> {
  return new Promise((resolveCode) => {
    let stopping = false;
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      progress('正在停止…');
      void stopAll().then(() => {
        progress('已全部停止');
        resolveCode(code);
      });
    };
    process.once('SIGINT', () => stop(0));
    process.once('SIGTERM', () => stop(0));
    for (const child of children) {
      void child.exited.then((info) => {
        if (stopping) return;
        progress(`${child.name} 意外退出（${info.code ?? info.signal}）\n${child.tail()}`);
        stop(1);
      });
    }
  });
}
