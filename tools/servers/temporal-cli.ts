import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheDir } from './cache-dir';
import { assertPortFree, freePort } from './ports';
import { runCommand, spawnChild, waitForPort, waitUntil, type ManagedChild } from './processes';
import { formatDuration, progress } from './progress';
import { isExecutableFile, which } from './which';

/**
 * The Temporal CLI: locate it (or build it once from source with Go) and run
 * its `temporal server start-dev`, our local Temporal server.
 */

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';

/**
 * Order: $TEMPORAL_CLI (must exist) → `temporal` on PATH → cached build
 * `<cache>/temporal-cli/v1.5.1/temporal` → build it with `go install`.
 */
export async function ensureTemporalCli(): Promise<string> {
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isExecutableFile(fromEnv)) {
      throw new Error(`TEMPORAL_CLI=${fromEnv} 不存在或不可执行`);
    }
    return fromEnv;
  }
  const onPath = which('temporal');
  if (onPath !== null) return onPath;

  const dir = cacheDir('temporal-cli', TEMPORAL_CLI_VERSION);
  const cached = path.join(dir, 'temporal');
  if (isExecutableFile(cached)) return cached;
  await buildTemporalCli(dir, cached);
  return cached;
}

async function buildTemporalCli(dir: string, target: string): Promise<void> {
  const go = which('go');
  if (go === null) {
    throw new Error(
      `找不到 Temporal CLI：未设置 TEMPORAL_CLI，PATH 中没有 temporal，缓存 ${target} 不存在，` +
        `且没有 go 可用于构建（需要 Go 1.24+，见 https://go.dev/doc/install）`,
    );
  }
  const started = Date.now();
  progress(`首次构建 Temporal CLI ${TEMPORAL_CLI_VERSION}（约数分钟）→ ${target}`);
  // Build into a private temp dir beside the target, then rename: an
  // interrupted build never leaves a half-written binary at `target`.
  await fs.mkdir(dir, { recursive: true });
  await removeAbandonedBuilds(dir);
  const buildDir = await fs.mkdtemp(path.join(dir, '.build-'));
  try {
    await runCommand({
      name: 'go',
      command: go,
      args: ['install', `${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION}`],
      cwd: buildDir,
      // Pure-Go build (the CLI's SQLite is pure Go): no C compiler needed.
      env: { ...process.env, GOBIN: buildDir, CGO_ENABLED: '0' },
      echo: true,
      tailLines: 80,
      heartbeat: { label: '仍在构建 Temporal CLI' },
    });
    await fs.rename(path.join(buildDir, 'temporal'), target);
  } finally {
    await fs.rm(buildDir, { recursive: true, force: true });
  }
  progress(`Temporal CLI 构建完成（用时 ${formatDuration(Date.now() - started)}）`);
}

/** Temp build dirs left by a killed build (older than an hour, so never a concurrent one). */
async function removeAbandonedBuilds(dir: string): Promise<void> {
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const entry of await fs.readdir(dir)) {
    if (!entry.startsWith('.build-')) continue;
    const full = path.join(dir, entry);
    const stat = await fs.stat(full).catch(() => null);
    if (stat && stat.mtimeMs < cutoff) await fs.rm(full, { recursive: true, force: true });
  }
}

export interface TemporalDevServerOptions {
  /** SQLite file for persistent state; omitted = in memory (lost on stop). */
  dbFile?: string;
  /** Frontend gRPC port; a free one when omitted. */
  port?: number;
  /** Web UI port; a free one when omitted; 0 or null = no UI (`--headless`). */
  uiPort?: number | null;
  /** Namespace created at startup (default `default`). */
  namespace?: string;
  /** Stream the server's own output to stderr (default false: kept for error messages only). */
  log?: boolean;
}

export interface TemporalDevServer {
  /** gRPC `host:port` for clients and workers. */
  address: string;
  uiUrl: string | null;
  namespace: string;
  stop(): Promise<void>;
}

const DEV_SERVER_READY_TIMEOUT_MS = 120_000;

export async function startTemporalDevServer(options: TemporalDevServerOptions = {}): Promise<TemporalDevServer> {
  const cli = await ensureTemporalCli();
  const host = '127.0.0.1';
  const namespace = options.namespace ?? 'default';
  const port = options.port ?? (await freePort(host));
  const uiPort = options.uiPort === 0 || options.uiPort === null ? null : (options.uiPort ?? (await freePort(host)));
  const address = `${host}:${port}`;
  if (options.port !== undefined) await assertPortFree(port, 'Temporal 开发服务器', host);
  if (options.uiPort) await assertPortFree(options.uiPort, 'Temporal Web UI', host);

  const args = ['server', 'start-dev', '--ip', host, '--port', String(port), '--namespace', namespace];
  args.push('--log-level', 'warn', '--color', 'never');
  args.push(...(uiPort === null ? ['--headless'] : ['--ui-port', String(uiPort)]));
  if (options.dbFile !== undefined) {
    const dbFile = path.resolve(options.dbFile);
    await fs.mkdir(path.dirname(dbFile), { recursive: true });
    args.push('--db-filename', dbFile);
  }

  const started = Date.now();
  const storage = options.dbFile === undefined ? '内存' : options.dbFile;
  progress(`启动 Temporal 开发服务器 ${address}（命名空间 ${namespace}，存储 ${storage}）…`);
  const child = spawnChild({ name: 'temporal', command: cli, args, echo: options.log ?? false });
  try {
    const deadline = started + DEV_SERVER_READY_TIMEOUT_MS;
    await waitForPort(port, { host, child, timeoutMs: DEV_SERVER_READY_TIMEOUT_MS, what: `Temporal 前端 ${address} 可连接` });
    await waitForNamespace(address, namespace, child, Math.max(deadline - Date.now(), 1000));
  } catch (err) {
    await child.stop(2000);
    throw err;
  }
  progress(`Temporal 开发服务器就绪 ${address}（用时 ${formatDuration(Date.now() - started)}）`);

  return {
    address,
    uiUrl: uiPort === null ? null : `http://${host}:${uiPort}`,
    namespace,
    async stop() {
      await child.stop(10_000);
    },
  };
}

/** The frontend accepting connections is not enough: wait until the namespace can be described. */
async function waitForNamespace(
  address: string,
  namespace: string,
  child: ManagedChild,
  timeoutMs: number,
): Promise<void> {
  const { Connection } = await import('@temporalio/client');
  // One lazy connection (it connects on the first call), closed in every case:
  // a failed Connection.connect() would leak its gRPC channel and keep the
  // process alive.
  const connection = Connection.lazy({ address, connectTimeout: '2s' });
  try {
    await waitUntil(
      async () => {
        await connection.withDeadline(Date.now() + 2000, () =>
          connection.workflowService.describeNamespace({ namespace }),
        );
        return true;
      },
      { what: `Temporal 命名空间 ${namespace} 可用 (${address})`, timeoutMs, intervalMs: 250, child },
    );
  } finally {
    await connection.close();
  }
}
