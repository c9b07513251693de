import 'reflect-metadata';
import { ConfigError, loadConfig } from '@duban/config';
import { migrate, openDataSource } from '@duban/persistence';
import { ObligationsService } from './obligations/obligations.service';
import { createApp } from './create-app';
import { PreviewCommandError, runPreviewCommand } from './preview/preview-command';
import { seedDemo } from './seed/seed-demo';

/**
 * Operator commands: `migrate` applies pending migrations; `seed` writes the demo tree and switches on its duties;
 * `preview --organization <id|code> --year 2027 [--format table|json|csv|xlsx] [--out file]` lists a year's duties.
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
    await dataSource.destroy();
    process.stdout.write(result.created ? '已写入示范组织树\n' : '示范组织树已存在，未重复写入\n');
    if (!result.created) return;
    const app = await createApp({ ...config, logLevel: 'warn' });
    await app.init();
    const obligations = app.get(ObligationsService);
    for (const org of result.organizations.filter((o) => o.hasChildren)) {
      const { duties } = await obligations.enable(org.id, { obligationId: 'supervision-talk' });
      process.stdout.write(`  ${org.name}：启用“监督谈话”，生成 ${duties.length} 项\n`);
    }
    await app.close();
    return;
  }
  throw new Error(`未知命令：${command ?? '（空）'}。可用：migrate、seed、preview`);
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof PreviewCommandError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
