/**
 * Progress reporting for the provisioning layer: every line goes to stderr,
 * prefixed with `[duban]`, so stdout stays free for the caller.
 */

export function progress(message: string): void {
  process.stderr.write(`[duban] ${message}\n`);
}

/** Human-readable elapsed time, e.g. `850ms`, `3.2s`, `2m05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}

/** Elapsed time since `start` (a `Date.now()` value), human-readable. */
export function since(start: number): string {
  return formatDuration(Date.now() - start);
}
