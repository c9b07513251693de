import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheDir } from './cache-dir';
import { freePort } from './ports';
import { runCommand, spawnChild, waitUntil } from './processes';
import { formatDuration, progress } from './progress';
import { findPython, PYTHONS } from './python';
import { isExecutableFile } from './which';

/**
 * A real S3-compatible server for the evidence store's tests: moto's standalone server (`moto_server`, the
 * S3 API over HTTP, path-style buckets, signature V4 accepted), installed once from PyPI into a virtual
 * environment in the cache (outside the repository), then reused.
 *
 * Order: $MOTO_SERVER (a `moto_server` executable, must exist) → cached `<cache>/moto/5.2.5/venv/bin/moto_server`
 * → create that venv with Python 3.10+ and `pip install moto[s3,server]==5.2.5`.
 */

export const MOTO_VERSION = '5.2.5';
/** Marks a finished install: a venv cannot be moved, so it is built in place and only trusted once marked. */
const COMPLETE_MARKER = '.installed';
const HOST = '127.0.0.1';

export async function ensureS3Server(): Promise<string> {
  const fromEnv = process.env.MOTO_SERVER;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isExecutableFile(fromEnv)) throw new Error(`MOTO_SERVER=${fromEnv} 不存在或不可执行`);
    return fromEnv;
  }
  const dir = cacheDir('moto', MOTO_VERSION);
  const venv = path.join(dir, 'venv');
  const server = path.join(venv, 'bin', 'moto_server');
  const marker = path.join(dir, COMPLETE_MARKER);
  if (isExecutableFile(server) && (await exists(marker))) return server;

  const python = findPython();
  if (python === null) {
    throw new Error(`找不到 Python 3.10+（${PYTHONS.join('、')}）：首次准备 S3 兼容测试服务器 moto ${MOTO_VERSION} 需要它（例如 apt-get install python3 python3-venv）`);
  }
  const started = Date.now();
  progress(`首次安装 S3 兼容测试服务器 moto ${MOTO_VERSION}（PyPI，约一分钟）→ ${venv}`);
  // A half-built venv from an interrupted install is never trusted: start it over.
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  await runCommand({ name: 'python venv', command: python, args: ['-m', 'venv', venv], echo: true });
  await runCommand({
    name: 'pip',
    command: path.join(venv, 'bin', 'python'),
    args: ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', `moto[s3,server]==${MOTO_VERSION}`],
    echo: true,
    tailLines: 80,
    heartbeat: { label: '仍在安装 moto' },
  });
  if (!isExecutableFile(server)) throw new Error(`安装 moto 后找不到 ${server}`);
  await fs.writeFile(marker, `moto[s3,server]==${MOTO_VERSION}\n`);
  progress(`moto 安装完成（用时 ${formatDuration(Date.now() - started)}）`);
  return server;
}

export interface S3Server {
  /** e.g. `http://127.0.0.1:45123`: path-style buckets, any region, any key pair. */
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts `moto_server` on a free local port and waits until it answers the S3 API (ListBuckets). */
export async function startS3Server(executable: string): Promise<S3Server> {
  const port = await freePort(HOST);
  const endpoint = `http://${HOST}:${port}`;
  const started = Date.now();
  progress(`启动 S3 兼容测试服务器 moto（${endpoint}）…`);
  const child = spawnChild({ name: 'moto', command: executable, args: ['-H', HOST, '-p', String(port)], env: { ...process.env, PYTHONUNBUFFERED: '1' } });
  try {
    await waitUntil(async () => (await fetch(`${endpoint}/`)).ok, { what: `moto S3 ${endpoint}`, timeoutMs: 60_000, child });
  } catch (error) {
    await child.stop(2000);
    throw error;
  }
  progress(`moto 就绪（用时 ${formatDuration(Date.now() - started)}）`);
  return {
    endpoint,
    async stop() {
      await child.stop(5000);
    },
  };
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
