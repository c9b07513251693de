import { execFileSync } from 'node:child_process';
import { which } from './which';

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
