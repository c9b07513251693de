import 'reflect-metadata';
import { ConfigError, loadConfig } from '@duban/config';
import { migrate, openDataSource } from '@duban/persistence';
import { ConfigurationService } from './configuration/configuration.service';
import { createApp } from './create-app';
import { PreviewCommandError, runPreviewCommand } from './preview/preview-command';
import { DEMO_PACKS, seedDemo } from './seed/seed-demo';
import { DEMO_PASSWORD, seedDemoUsers } from './seed/demo-users';
import { runAuditVerify } from './audit/audit-verify.command';

/**
 * Operator commands: `migrate` applies pending migrations; `seed` writes the demo tree, its logins and
 * switches on its cycles; `preview --organization <id|code> --year 2027 [--format table|json|csv|xlsx] [--out file]`
 * lists a year's duties; `audit:verify` checks the audit trail's hash chain (exit 1 when broken).
 */
async function main(command: string | undefined, args: string[]): Promise<void> {
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
    const dataSource = await openDataSource({ url: config.database.url, poolSize: 2 });
    const result = await seedDemo(dataSource);
    const logins = await seedDemoUsers(dataSource);
    await dataSource.destroy();
    process.stdout.write(result.created ? '已写入示范组织树\n' : '示范组织树已存在，未重复写入\n');
    if (logins.length) process.stdout.write(`已创建示范登录账号：${logins.join('、')}（密码均为 ${DEMO_PASSWORD}）\n`);
    if (!result.created) return;
    const app = await createApp({ ...config, logLevel: 'warn' });
    await app.init();
    // Each regime on a part of the tree, and the whole tree's cycles on: the worker issues this period's duties.
    const configuration = app.get(ConfigurationService);
    for (const org of result.organizations.filter((o) => DEMO_PACKS[o.code])) {
      await configuration.updateSettings(org.id, { packId: DEMO_PACKS[org.code] });
      process.stdout.write(`  ${org.name}：策略包 ${DEMO_PACKS[org.code]}\n`);
    }
    const root = result.organizations[0];
    const switched = await configuration.switchCycles(root.id, { enabled: true });
    process.stdout.write(`  已开启 ${switched.organizations} 个组织的周期，工作进程随即生成本期事项\n`);
    await app.close();
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
  throw new Error(`未知命令：${command ?? '（空）'}。可用：migrate、seed、preview、audit:verify`);
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof PreviewCommandError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
