import { progress } from './servers';
import { runTests } from './commands/test';
import { startSystem } from './commands/start';
import { runBenchmarks } from './commands/bench';
import { generateWebClient } from './commands/web-client';

const commands: Record<string, (args: string[]) => Promise<number>> = {
  start: startSystem,
  test: runTests,
  bench: runBenchmarks,
  'web-client': generateWebClient,
};

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  progress(`用法：tools/bootstrap.sh <${Object.keys(commands).join('|')}>`);
  process.exit(2);
}
command(args).then(
  (code) => process.exit(code),
  (error: unknown) => {
    progress(`失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
