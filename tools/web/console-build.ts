import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { runCommand } from '../servers/processes';
import { progress, since } from '../servers/progress';

const ROOT = resolve(__dirname, '../..');
export const WEB_DIR = join(ROOT, 'apps/web');
const DIST = join(WEB_DIR, 'dist');
/** Written after a successful build: the hash of what it was built from. */
const STAMP = join(DIST, '.build-stamp');
const SKIPPED = new Set(['dist', 'node_modules', '.vite']);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** The console's sources, its configuration and the lock file (a dependency bump rebuilds it). */
export function consoleSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...listFiles(WEB_DIR), join(ROOT, 'package-lock.json')]) {
    if (file.endsWith('.spec.ts')) continue;
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds apps/web with Vite into apps/web/dist, unless nothing it is built from changed since the last build. */
export async function buildConsole(): Promise<void> {
  const started = Date.now();
  const hash = consoleSourceHash();
  if (existsSync(STAMP) && existsSync(join(DIST, 'index.html')) && readFileSync(STAMP, 'utf8').trim() === hash) {
    progress('工作台未改动，沿用上次构建（apps/web/dist）');
    return;
  }
  progress('构建工作台（Vite）…');
  const vite = join(dirname(require.resolve('vite/package.json', { paths: [WEB_DIR] })), 'bin/vite.js');
  await runCommand({ name: 'vite', command: process.execPath, args: [vite, 'build', '--logLevel', 'warn'], cwd: WEB_DIR, echo: true });
  if (!statSync(join(DIST, 'index.html')).isFile()) throw new Error('Vite 未生成 apps/web/dist/index.html');
  writeFileSync(STAMP, `${hash}\n`);
  progress(`工作台构建完成（${since(started)}）`);
}
