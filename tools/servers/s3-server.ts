import { freePort } from './ports';
import { spawnChild, waitUntil } from './processes';
import { formatDuration, progress } from './progress';
import { ensurePipTool } from './python';

/**
 * A real S3-compatible server for the evidence store's tests: moto's standalone server (`moto_server`, the
 * S3 API over HTTP, path-style buckets, signature V4 accepted), installed once from PyPI into a virtual
 * environment in the cache (outside the repository), then reused.
 *
 * Order: $MOTO_SERVER (a `moto_server` executable, must exist) → cached `<cache>/moto/5.2.5/venv/bin/moto_server`
 * → create that venv with Python 3.10+ and `pip install moto[s3,server]==5.2.5`.
 */

export const MOTO_VERSION = '5.2.5';
const HOST = '127.0.0.1';

export function ensureS3Server(): Promise<string> {
  return ensurePipTool({ label: 'S3 兼容测试服务器 moto', envVar: 'MOTO_SERVER', name: 'moto', version: MOTO_VERSION, requirement: `moto[s3,server]==${MOTO_VERSION}`, executable: 'moto_server' });
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
