import { loadConfig } from '@duban/config';
import { DataSource } from 'typeorm';
import { PostgresEvidenceStoreDriver } from './drivers/postgres-evidence-store.driver';
import { evidenceObjectKey, S3EvidenceStoreDriver } from './drivers/s3-evidence-store.driver';
import { EvidenceStores } from './evidence-stores';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/duban' };
const s3 = { ...base, EVIDENCE_STORE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9', S3_BUCKET: 'duban-evidence', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_FORCE_PATH_STYLE: 'true' };
const dataSource = {} as DataSource;

describe('EvidenceStores: which store takes new files, which serves a file', () => {
  it('keeps new files in Postgres by default and knows no bucket', async () => {
    const stores = new EvidenceStores(dataSource, loadConfig(base));
    expect(stores.current).toBeInstanceOf(PostgresEvidenceStoreDriver);
    expect(stores.holding('postgres')).toBe(stores.current);
    expect(() => stores.holding('s3')).toThrow('该佐证材料存于 s3，但 EVIDENCE_STORE 未配置该存储');
    await stores.onModuleDestroy();
  });

  it('with EVIDENCE_STORE=s3 puts new files in the bucket and still serves those kept in Postgres', async () => {
    const stores = new EvidenceStores(dataSource, loadConfig(s3));
    expect(stores.current).toBeInstanceOf(S3EvidenceStoreDriver);
    expect(stores.holding('s3')).toBe(stores.current);
    expect(stores.holding('postgres')).toBeInstanceOf(PostgresEvidenceStoreDriver);
    await stores.onModuleDestroy();
  });

  it('names objects by duty and file id, never by the uploader’s file name', () => {
    expect(evidenceObjectKey({ dutyId: 'd-1', id: 'f-1' })).toBe('evidence/d-1/f-1');
  });
});
