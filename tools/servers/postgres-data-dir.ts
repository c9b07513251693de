import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { progress } from './progress';

/**
 * Hygiene of a PostgreSQL data directory on a developer machine or CI box:
 * leftovers of killed runs (half-done initdb, stale postmaster.pid) and, when
 * we are root, ownership and reachability for the `postgres` system user
 * (PostgreSQL refuses to run as root).
 */

export const POSTGRES_USER = 'postgres';

const execFileAsync = promisify(execFile);

/** `<dataDir>.init-<pid>` dirs whose process is gone. */
export async function removeAbandonedInits(dataDir: string): Promise<void> {
  const prefix = `${path.basename(dataDir)}.init-`;
  for (const entry of await fs.readdir(path.dirname(dataDir))) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (Number.isInteger(pid) && !isAlive(pid)) {
      await fs.rm(path.join(path.dirname(dataDir), entry), { recursive: true, force: true });
    }
  }
}

/**
 * A `postmaster.pid` left by a killed server blocks the next start when its
 * pid now belongs to another process (e.g. after a container restart). Remove
 * it unless a postgres for this data dir really is running.
 */
export async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => null);
  if (content === null) return;
  const pid = Number(content.split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgresFor(pid, dataDir))) {
    const port = content.split('\n')[3]?.trim();
    throw new Error(
      `PostgreSQL 已在使用数据目录 ${dataDir}（pid ${pid}${port ? `，端口 ${port}` : ''}）。` +
        `若是之前被强杀的进程遗留的，请先结束它：kill ${pid}`,
    );
  }
  progress(`删除过期的 ${pidFile}（pid ${pid} 已不在运行或不是 PostgreSQL）`);
  await fs.rm(pidFile, { force: true });
}

async function isPostgresFor(pid: number, dataDir: string): Promise<boolean> {
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => null);
  if (cmdline === null) return true; // no /proc (macOS): assume the worst
  const argv = cmdline.split('\0');
  return path.basename(argv[0] ?? '').startsWith('postgres') && argv.includes(dataDir);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

async function userIds(user: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([
    execFileAsync('id', ['-u', user]).then((r) => Number(r.stdout.trim())),
    execFileAsync('id', ['-g', user]).then((r) => Number(r.stdout.trim())),
  ]);
  return { uid, gid };
}

/** Reused data dirs (copied, restored, created by another user) must belong to `postgres`. */
export async function ensureOwnedByPostgres(dataDir: string): Promise<void> {
  const { uid, gid } = await userIds(POSTGRES_USER);
  if ((await fs.stat(dataDir)).uid !== uid) {
    progress(`将 ${dataDir} 的所有者改为 ${POSTGRES_USER}（PostgreSQL 不能以 root 运行）`);
    await execFileAsync('chown', ['-R', `${uid}:${gid}`, dataDir]);
  }
  await fs.chmod(dataDir, 0o700);
  await makeTraversable(path.dirname(dataDir));
}

/** Adds o+x to `dir` and its ancestors where missing, so `postgres` can reach the data dir. */
export async function makeTraversable(dir: string): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) {
      progress(`为 ${current} 添加 o+x 权限，使 ${POSTGRES_USER} 用户能访问其下的数据目录`);
      await fs.chmod(current, (mode & 0o7777) | 0o001);
    }
    if (path.dirname(current) === current) return;
  }
}
