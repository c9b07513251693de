import { ConfigError, loadConfig } from '@duban/config';
import { Logger } from '@nestjs/common';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.api.port, config.api.host);
  new Logger('duban').log(`API 已启动：http://${config.api.host}:${config.api.port}/api/docs`);
}

main().catch((error: unknown) => {
  // The one place a start-up failure is reported: the config names its variable, anything else its cause.
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
