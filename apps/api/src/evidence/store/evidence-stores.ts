import { DubanConfig } from '@duban/config';
import type { EvidenceStoreKind } from '@duban/persistence';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DUBAN_CONFIG } from '../../config/config.module';
import { PostgresEvidenceStoreDriver } from './drivers/postgres-evidence-store.driver';
import { S3EvidenceStoreDriver } from './drivers/s3-evidence-store.driver';
import { EvidenceStoreDriver } from './interfaces/evidence-store.interface';

/**
 * The evidence stores this API can reach: the files table always, an S3-compatible bucket when configured
 * (EVIDENCE_STORE=s3). New files go to the configured one; a file is served by the store its row names, so
 * files kept before a change of setting stay readable.
 */
@Injectable()
export class EvidenceStores implements OnModuleDestroy {
  readonly current: EvidenceStoreDriver;
  private readonly drivers: Partial<Record<EvidenceStoreKind, EvidenceStoreDriver>>;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(DUBAN_CONFIG) config: DubanConfig) {
    const postgres = new PostgresEvidenceStoreDriver(dataSource);
    const store = config.evidence.store;
    this.current = store.kind === 's3' ? new S3EvidenceStoreDriver(store) : postgres;
    this.drivers = { postgres, [this.current.kind]: this.current };
  }

  /** The store that holds a file's bytes. */
  holding(kind: EvidenceStoreKind): EvidenceStoreDriver {
    const driver = this.drivers[kind];
    if (!driver) throw new Error(`该佐证材料存于 ${kind}，但 EVIDENCE_STORE 未配置该存储`);
    return driver;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(Object.values(this.drivers).map((d) => d.close()));
  }
}
