export { cacheDir, cacheRoot } from './cache-dir';
export { startMailCatcher, type MailCatcher, type MailCatcherOptions } from './mail-catcher';
export { freePort, isPortOpen } from './ports';
export { startPostgres, type PostgresOptions, type PostgresServer } from './postgres';
export { progress } from './progress';
export {
  ensureTemporalCli,
  startTemporalDevServer,
  TEMPORAL_CLI_VERSION,
  type TemporalDevServer,
  type TemporalDevServerOptions,
} from './temporal-cli';
export { ensureSchemathesis, SCHEMATHESIS_VERSION } from './schemathesis';
export { ensureTestServer, TEST_SERVER_VERSION } from './temporal-test-server';
export { ensureChromium } from './chromium';
export { ensureS3Server, MOTO_VERSION, startS3Server, type S3Server } from './s3-server';
