import { migrate, openDataSource } from '@duban/persistence';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** A fresh database for one test file, migrated exactly as production is (no synchronize). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DUBAN_TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('DUBAN_TEST_DATABASE_URL 未设置：集成测试需经 jest 的 global setup 启动');
  const name = `duban_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const dataSource = await openDataSource({ url, poolSize: 5 });
  await migrate(dataSource);
  return {
    url,
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
