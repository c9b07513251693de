import { OrganizationAdministratorEntity, OrganizationEntity, PersonEntity, UserEntity } from '@duban/persistence';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';

/** The one password of every demo login. Demo data only: change or disable these users anywhere real. */
export const DEMO_PASSWORD = 'Duban-Demo-2026';

interface DemoUser {
  login: string;
  /** Who, by e-mail; a person of the demo tree, or a new person (name given) outside any position. */
  email: string;
  name?: string;
  role: string;
  systemAdmin?: boolean;
  /** Administrator of the organization with this code (and everything below it). */
  administers?: string;
}

/** One login for each kind of user (listed in the README). */
export const DEMO_USERS: DemoUser[] = [
  { login: 'admin', email: 'admin@demo.duban.local', name: '系统管理员', role: '系统管理员：管理全部', systemAdmin: true },
  { login: 'city-admin', email: 'demo-city.admin@demo.duban.local', name: '示范市委管理员', role: '组织管理员：管理中共示范市委及其下级', administers: 'demo-city' },
  { login: 'city-jiwei', email: 'demo-city.jiwei@demo.duban.local', role: '监督人员：中共示范市委纪委书记，查看本级及下级事项、审批升级与延期' },
  { login: 'city-shuji', email: 'demo-city.shuji@demo.duban.local', role: '领导（一把手）：中共示范市委党委书记，签收、完成、申请延期自己的事项' },
  { login: 'city-weiyuan', email: 'demo-city.weiyuan@demo.duban.local', role: '班子成员：中共示范市委党委委员' },
  { login: 'district-shuji', email: 'demo-district.shuji@demo.duban.local', role: '下级一把手：中共示范市东城区委党委书记（监督谈话的对象）' },
];

/** Creates the demo logins that do not exist yet; returns the logins created. */
export async function seedDemoUsers(dataSource: DataSource): Promise<string[]> {
  const created: string[] = [];
  await dataSource.transaction(async (manager) => {
    for (const demo of DEMO_USERS) {
      if (await manager.getRepository(UserEntity).existsBy({ login: demo.login })) continue;
      let person = await manager.getRepository(PersonEntity).findOneBy({ email: demo.email });
      if (!person && !demo.name) continue;
      person ??= await manager.getRepository(PersonEntity).save({ name: demo.name!, email: demo.email });
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await manager.getRepository(UserEntity).save({ personId: person.id, login: demo.login, passwordHash, passwordChangedAt: new Date(), systemAdmin: demo.systemAdmin ?? false });
      if (demo.administers) {
        const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code: demo.administers });
        if (organization) await manager.getRepository(OrganizationAdministratorEntity).save({ organizationId: organization.id, personId: person.id });
      }
      created.push(demo.login);
    }
  });
  return created;
}
