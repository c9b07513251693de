import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { isPortOpen } from './ports';
import { formatDuration, progress } from './progress';
import { which } from './which';

/**
 * The one helper for child processes of the provisioning layer: spawn with
 * prefixed (or captured) output, keep the last lines for error messages,
 * stop gracefully, never outlive the parent, and wait for readiness.
 */

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildOptions {
  /** Short name used in output prefixes and error messages. */
  name: string;
  command: string;
  args?: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Stream output lines to stderr as `[duban][name] line` (default false: only captured). */
  echo?: boolean;
  /** How many recent output lines to keep for error messages (default 40). */
  tailLines?: number;
}

export interface ManagedChild {
  readonly name: string;
  readonly pid: number | undefined;
  /** Settles when the process has exited (never rejects). */
  readonly exited: Promise<ExitInfo>;
  hasExited(): boolean;
  /** The last captured output lines, joined by newlines. */
  tail(): string;
  /** SIGTERM, then SIGKILL after `graceMs` (default 10 s); resolves once exited. */
  stop(graceMs?: number): Promise<ExitInfo>;
}

const ANSI_ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]/g;

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function killOnParentExit(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Covers normal exits and process.exit(); signals that kill the parent
  // without an 'exit' event are covered by PR_SET_PDEATHSIG (see below).
  process.on('exit', () => {
    for (const c of liveChildren) {
      try {
        c.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  });
}

let setprivPath: string | null | undefined;

/**
 * On Linux, wrap the command in `setpriv --pdeathsig TERM` so the kernel
 * terminates it even when the parent dies from SIGKILL.
 */
function withParentDeathSignal(command: string, args: readonly string[]): [string, string[]] {
  if (process.platform !== 'linux') return [command, [...args]];
  if (setprivPath === undefined) setprivPath = which('setpriv');
  if (setprivPath === null) return [command, [...args]];
  return [setprivPath, ['--pdeathsig', 'TERM', '--', command, ...args]];
}

export function spawnChild(options: ChildOptions): ManagedChild {
  const { name, echo = false, tailLines = 40 } = options;
  const recent: string[] = [];
  const remember = (raw: string): void => {
    const line = raw.replace(ANSI_ESCAPES, '').trimEnd();
    if (line === '') return;
    recent.push(line);
    if (recent.length > tailLines) recent.shift();
    if (echo) process.stderr.write(`[duban][${name}] ${line}\n`);
  };

  const [command, args] = withParentDeathSignal(options.command, options.args ?? []);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  killOnParentExit(child);
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', remember);
  }

  let exitInfo: ExitInfo | null = null;
  const exited = new Promise<ExitInfo>((resolve) => {
    let settled = false;
    const settle = (info: ExitInfo): void => {
      if (settled) return;
      settled = true;
      exitInfo = info;
      resolve(info);
    };
    child.once('error', (err) => {
      remember(`无法启动 ${options.command}: ${err.message}`);
      settle({ code: null, signal: null });
    });
    // 'close' fires after the output pipes drained; fall back to 'exit' + a
    // short delay in case a grandchild keeps the pipes open.
    child.once('close', (code, signal) => settle({ code, signal }));
    child.once('exit', (code, signal) => {
      setTimeout(() => settle({ code, signal }), 250).unref();
    });
  });

  return {
    name,
    pid: child.pid,
    exited,
    hasExited: () => exitInfo !== null,
    tail: () => recent.join('\n'),
    async stop(graceMs = 10_000): Promise<ExitInfo> {
      if (exitInfo) return exitInfo;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        progress(`${name} 在 ${formatDuration(graceMs)} 内未退出，发送 SIGKILL`);
        child.kill('SIGKILL');
      }, graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export function describeExit(info: ExitInfo): string {
  return info.signal ? `signal ${info.signal}` : `exit code ${String(info.code)}`;
}

export interface RunOptions extends ChildOptions {
  /** Print "<label> … 已用 Xs" every `heartbeatMs` while the command runs. */
  heartbeat?: { label: string; everyMs?: number };
}

/** Runs a command to completion; rejects with its last output lines on failure. */
export async function runCommand(options: RunOptions): Promise<void> {
  const started = Date.now();
  const child = spawnChild(options);
  const { heartbeat } = options;
  const timer = heartbeat
    ? setInterval(
        () => progress(`${heartbeat.label} … 已用 ${formatDuration(Date.now() - started)}`),
        heartbeat.everyMs ?? 15_000,
      )
    : undefined;
  timer?.unref();
  try {
    const info = await child.exited;
    if (info.code !== 0) {
      throw new Error(
        `${options.name} 失败 (${describeExit(info)}): ${options.command} ${(options.args ?? []).join(' ')}\n` +
          `--- 最后输出 ---\n${child.tail()}`,
      );
    }
  } finally {
    if (timer) clearInterval(timer);
  }
}

export interface WaitOptions {
  /** What we are waiting for, used in the timeout error. */
  what: string;
  timeoutMs: number;
  intervalMs?: number;
  /** Fail fast (with its output) if this child exits while we wait. */
  child?: ManagedChild;
}

/** Polls `check` until it returns true; rejects on timeout or early child exit. */
export async function waitUntil(check: () => Promise<boolean>, options: WaitOptions): Promise<void> {
  const { what, timeoutMs, intervalMs = 200, child } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    if (child?.hasExited()) {
      const info = await child.exited;
      throw new Error(
        `${child.name} 在就绪前退出 (${describeExit(info)})，等待: ${what}\n--- 最后输出 ---\n${child.tail()}`,
      );
    }
    try {
      if (await check()) return;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const detail = lastError instanceof Error ? `\n最后一次错误: ${lastError.message}` : '';
      const output = child ? `\n--- ${child.name} 最后输出 ---\n${child.tail()}` : '';
      throw new Error(`等待超时 (${formatDuration(timeoutMs)}): ${what}${detail}${output}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Waits until host:port accepts TCP connections. */
export function waitForPort(
  port: number,
  options: Omit<WaitOptions, 'what'> & { host?: string; what?: string },
): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  return waitUntil(() => isPortOpen(port, host), { ...options, what: options.what ?? `${host}:${port} 可连接` });
}
