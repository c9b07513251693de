import 'reflect-metadata';
import { ConfigError, loadConfig } from '@duban/config';
import { migrate, openDataSource } from '@duban/persistence';
import { createApp } from './create-app';
import { PreviewCommandError, runPreviewCommand } from './preview/preview-command';
import { runSeed } from './seed/run-seed';
import { runAuditVerify } from './audit/audit-verify.command';
import { writeOpenApiDocument } from './openapi.command';

/**
 * Operator commands: `migrate` applies pending migrations; `seed` writes the demo tree, its logins, its packs
 * and cycles, and a year in progress (with the worker running); `preview --organization <id|code> --year 2027 [--format table|json|csv|xlsx] [--out file]`
 * lists a year's duties; `audit:verify` checks the audit trail's hash chain (exit 1 when broken); `openapi [--out file]`
 * writes the OpenAPI document without a database or Temporal (the console's client is generated from it).
 */
async function main(command: string | undefined, args: string[]): Promise<void> {
  if (command === 'openapi') {
    await writeOpenApiDocument(args);
    return;
  }
  const config = loadConfig();
  if (command === 'preview') {
    await runPreviewCommand(config, args);
    return;
  }
  if (command === 'migrate') {
    const dataSource = await openDataSource({ url: config.database.url, poolSize: 1 });
    const applied = await migrate(dataSource);
    process.stdout.write(applied.length ? `已执行迁移：${applied.join(', ')}\n` : '数据库结构已是最新\n');
    await dataSource.destroy();
    return;
  }
  if (command === 'seed') {
    // The worker is busy opening the tree's first periods: wait for it longer than a person would.
    const app = await createApp({ ...config, logLevel: 'warn', api: { ...config.api, decisionWaitMs: 120_000 } });
    await app.init();
    try {
      await runSeed(app, config.timeZone, (line) => process.stdout.write(`${line}\n`));
    } finally {
      await app.close();
    }
    return;
  }
  if (command === 'audit:verify') {
    const dataSource = await openDataSource({ url: config.database.url, poolSize: 1 });
    try {
      process.exitCode = await runAuditVerify(dataSource, (line) => process.stdout.write(`${line}\n`));
    } finally {
      await dataSource.destroy();
    }
    return;
  }
  throw new Error(`未知命令：${command ?? '（空）'}。可用：migrate、seed、preview、audit:verify、openapi`);
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof PreviewCommandError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
