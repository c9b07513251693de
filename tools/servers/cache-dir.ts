import os from 'node:os';
import path from 'node:path';

/**
 * Root of the build/download cache, kept outside the repository so that
 * clean checkouts and CI clones reuse it.
 */
export function cacheRoot(): string {
  return process.env.DUBAN_CACHE ?? path.join(os.homedir(), '.cache', 'duban');
}

/** A directory inside the cache, e.g. `cacheDir('temporal-cli', 'v1.5.1')`. */
export function cacheDir(...segments: string[]): string {
  return path.join(cacheRoot(), ...segments);
}
