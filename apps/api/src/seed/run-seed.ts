import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CyclesService } from '../configuration/cycles.service';
import { OrganizationConfigurationService } from '../configuration/organization-configuration.service';
import { DEMO_PASSWORD, seedDemoUsers } from './demo-users';
import { DEMO_PACKS, seedDemo } from './seed-demo';
import { seedDemoYear } from './seed-demo-year';

/**
 * `cli.js seed`: the demo tree and its logins; the first time, each part's pack, the whole tree's cycles, and a
 * year in progress. A second run finds the tree by code and changes nothing. The worker must be running.
 */
export async function runSeed(app: INestApplicationContext, zone: string, say: (line: string) => void): Promise<{ created: boolean }> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const result = await seedDemo(dataSource);
  const logins = await seedDemoUsers(dataSource);
  say(result.created ? '已写入示范组织树' : '示范组织树已存在，未重复写入');
  if (logins.length) say(`已创建示范登录账号：${logins.join('、')}（密码均为 ${DEMO_PASSWORD}）`);
  if (!result.created) return { created: false };

  // Each regime on a part of the tree, and the whole tree's cycles on: the worker issues this period's duties.
  const configuration = app.get(OrganizationConfigurationService);
  for (const org of result.organizations.filter((o) => DEMO_PACKS[o.code])) {
    await configuration.updateSettings(org.id, { packId: DEMO_PACKS[org.code] });
    say(`  ${org.name}：策略包 ${DEMO_PACKS[org.code]}`);
  }
  const switched = await app.get(CyclesService).switchCycles(result.organizations[0].id, { enabled: true });
  say(`  已开启 ${switched.organizations} 个组织的周期，工作进程随即生成本期事项`);
  for (const step of await seedDemoYear(app, zone)) say(`  ${step.done ? '✓' : '…'} ${step.what}${step.done ? '' : '（已受理，工作进程稍后完成）'}`);
  return { created: true };
}
