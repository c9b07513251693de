import { runCommand } from '../servers/processes';
import { progress, since } from '../servers/progress';
import { buildConsole } from '../web/console-build';

/** Compiles every project (incremental: a second run only redoes what changed), then the console (cached by hash). */
export async function build(): Promise<void> {
  const started = Date.now();
  progress('编译 TypeScript（tsc -b，增量）…');
  const tsc = (...args: string[]) => runCommand({ name: 'tsc', command: process.execPath, args: ['node_modules/typescript/bin/tsc', ...args], echo: true });
  await tsc('-b', 'tsconfig.build.json');
  // Tests and tools are not emitted (jest and tsx compile them), but they are type-checked.
  await Promise.all([tsc('-p', 'test/tsconfig.json'), tsc('-p', 'tools/tsconfig.json'), tsc('-p', 'apps/web/tsconfig.json')]);
  progress(`编译完成（${since(started)}）`);
  await buildConsole();
}
