import { hashPassword } from '@duban/api/auth/password-hasher';
import { PersonEntity, UserEntity } from '@duban/persistence';
import { DataSource } from 'typeorm';
import { ApiClient } from './api-client';

/** The password of every test login; hashed with cheap scrypt parameters to keep tests fast. */
export const TEST_PASSWORD = 'Test-Password-2026';
const CHEAP = { N: 1024, r: 8, p: 1 };

/** Gives a person a login (once) and signs in over HTTP; returns a client carrying the token. */
export async function loginAs(dataSource: DataSource, api: ApiClient, personId: string, options: { systemAdmin?: boolean } = {}): Promise<ApiClient> {
  const users = dataSource.getRepository(UserEntity);
  let user = await users.findOneBy({ personId });
  if (!user) {
    user = await users.save({
      personId,
      login: `u-${personId.slice(0, 8)}-${personId.slice(-4)}`,
      passwordHash: await hashPassword(TEST_PASSWORD, CHEAP),
      passwordChangedAt: new Date(),
      systemAdmin: options.systemAdmin ?? false,
    });
  }
  const res = await api.withToken(undefined).post('/auth/login', { login: user.login, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`登录失败：${res.status} ${JSON.stringify(res.body)}`);
  return api.withToken(res.body.token);
}

/** A system administrator: a person outside the tree with a login that manages everything. */
export async function systemAdministrator(dataSource: DataSource, api: ApiClient, tag: string): Promise<ApiClient> {
  const person = await dataSource.getRepository(PersonEntity).save({ name: '系统管理员', email: `admin.${tag}@e2e.duban.local` });
  return loginAs(dataSource, api, person.id, { systemAdmin: true });
}
