import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheDir } from './cache-dir';
import { runCommand } from './processes';
import { formatDuration, progress } from './progress';
import { isExecutableFile, which } from './which';

/** The Pythons looked for, newest first, for the tools installed from PyPI into cached virtual environments. */
export const PYTHONS = ['python3.12', 'python3.11', 'python3.10', 'python3'];

/** The first Python on PATH that is 3.10 or newer and has the venv module, or null. */
export function findPython(): string | null {
  for (const name of PYTHONS) {
    const candidate = which(name);
    if (candidate === null) continue;
    try {
      const version = execFileSync(candidate, ['-c', 'import sys, venv; print(sys.version_info[0] * 100 + sys.version_info[1])'], {
        encoding: 'utf8',
        // A pyenv shim of a version that is not installed explains itself on stderr: not our business.
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      if (Number(version.trim()) >= 310) return candidate;
    } catch {
      // Not runnable, or without the venv module: try the next one.
    }
  }
  return null;
}

/** A command-line tool installed from PyPI into a cached virtual environment (outside the repository). */
export interface PipTool {
  /** For people, e.g. `Schemathesis`, `S3 兼容测试服务器 moto`. */
  label: string;
  /** The environment variable that may name an existing executable instead (must exist). */
  envVar: string;
  /** Cache folder name and version: `<cache>/<name>/<version>/venv`. */
  name: string;
  version: string;
  /** What pip installs, e.g. `schemathesis==4.32.5`. */
  requirement: string;
  /** The executable in the venv's `bin/`, e.g. `st`. */
  executable: string;
}

/** Marks a finished install: a venv cannot be moved, so it is built in place and only trusted once marked. */
const COMPLETE_MARKER = '.installed';

/**
 * The tool's executable. Order: `$<envVar>` → the cached venv's executable (once marked complete) → create that
 * venv with Python 3.10+ and `pip install <requirement>`, with progress printed.
 */
export async function ensurePipTool(tool: PipTool): Promise<string> {
  const fromEnv = process.env[tool.envVar];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isExecutableFile(fromEnv)) throw new Error(`${tool.envVar}=${fromEnv} 不存在或不可执行`);
    return fromEnv;
  }
  const dir = cacheDir(tool.name, tool.version);
  const venv = path.join(dir, 'venv');
  const executable = path.join(venv, 'bin', tool.executable);
  const marker = path.join(dir, COMPLETE_MARKER);
  if (isExecutableFile(executable) && (await exists(marker))) return executable;

  const python = findPython();
  if (python === null) {
    throw new Error(`找不到 Python 3.10+（${PYTHONS.join('、')}）：首次准备 ${tool.label} ${tool.version} 需要它（例如 apt-get install python3 python3-venv）`);
  }
  const started = Date.now();
  progress(`首次安装 ${tool.label} ${tool.version}（PyPI，约一分钟）→ ${venv}`);
  // A half-built venv from an interrupted install is never trusted: start it over.
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  await runCommand({ name: 'python venv', command: python, args: ['-m', 'venv', venv], echo: true });
  await runCommand({
    name: 'pip',
    command: path.join(venv, 'bin', 'python'),
    args: ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', tool.requirement],
    echo: true,
    tailLines: 80,
    heartbeat: { label: `仍在安装 ${tool.label}` },
  });
  if (!isExecutableFile(executable)) throw new Error(`安装 ${tool.label} 后找不到 ${executable}`);
  await fs.writeFile(marker, `${tool.requirement}\n`);
  progress(`${tool.label} 安装完成（用时 ${formatDuration(Date.now() - started)}）`);
  return executable;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
