import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheDir } from './cache-dir';
import { runCommand } from './processes';
import { formatDuration, progress } from './progress';
import { findPython, PYTHONS } from './python';
import { isExecutableFile } from './which';

/**
 * Schemathesis, the schema-driven API tester of the OpenAPI conformance test: installed once from PyPI into
 * a virtual environment in the cache (outside the repository), then reused.
 *
 * Order: $SCHEMATHESIS (an `st` executable, must exist) → cached `<cache>/schemathesis/4.32.5/venv/bin/st`
 * → create that venv with Python 3.10+ (`python3.11`, `python3`) and `pip install schemathesis==4.32.5`.
 */

export const SCHEMATHESIS_VERSION = '4.32.5';
/** Marks a finished install: a venv cannot be moved, so it is built in place and only trusted once marked. */
const COMPLETE_MARKER = '.installed';

export async function ensureSchemathesis(): Promise<string> {
  const fromEnv = process.env.SCHEMATHESIS;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isExecutableFile(fromEnv)) throw new Error(`SCHEMATHESIS=${fromEnv} 不存在或不可执行`);
    return fromEnv;
  }
  const dir = cacheDir('schemathesis', SCHEMATHESIS_VERSION);
  const venv = path.join(dir, 'venv');
  const st = path.join(venv, 'bin', 'st');
  const marker = path.join(dir, COMPLETE_MARKER);
  if (isExecutableFile(st) && (await exists(marker))) return st;

  const python = findPython();
  if (python === null) {
    throw new Error(`找不到 Python 3.10+（${PYTHONS.join('、')}）：首次准备 Schemathesis ${SCHEMATHESIS_VERSION} 需要它（例如 apt-get install python3 python3-venv）`);
  }
  const started = Date.now();
  progress(`首次安装 Schemathesis ${SCHEMATHESIS_VERSION}（PyPI，约一分钟）→ ${venv}`);
  // A half-built venv from an interrupted install is never trusted: start it over.
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  await runCommand({ name: 'python venv', command: python, args: ['-m', 'venv', venv], echo: true });
  await runCommand({
    name: 'pip',
    command: path.join(venv, 'bin', 'python'),
    args: ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', `schemathesis==${SCHEMATHESIS_VERSION}`],
    echo: true,
    tailLines: 80,
    heartbeat: { label: '仍在安装 Schemathesis' },
  });
  if (!isExecutableFile(st)) throw new Error(`安装 Schemathesis 后找不到 ${st}`);
  await fs.writeFile(marker, `schemathesis==${SCHEMATHESIS_VERSION}\n`);
  progress(`Schemathesis 安装完成（用时 ${formatDuration(Date.now() - started)}）`);
  return st;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
