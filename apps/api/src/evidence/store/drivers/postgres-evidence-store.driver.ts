import { EvidenceFileEntity } from '@duban/persistence';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { EvidenceObject, EvidenceStoreDriver, StoredBytes } from '../interfaces/evidence-store.interface';

/** The default store: the bytes in the file's own row (evidence_files.content), written in the same transaction. */
export class PostgresEvidenceStoreDriver implements EvidenceStoreDriver {
  readonly kind = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  async put(_file: Omit<EvidenceObject, 'objectKey'>, content: Buffer): Promise<StoredBytes> {
    return { content, objectKey: null };
  }

  async open(file: EvidenceObject): Promise<Readable> {
    const row = await this.dataSource.getRepository(EvidenceFileEntity).findOne({ select: { id: true, content: true }, where: { id: file.id } });
    if (!row?.content) throw new Error(`佐证材料 ${file.id} 的内容不在数据库中`);
    return Readable.from([row.content]);
  }

  async remove(): Promise<void> {
    // Deleting the row deleted the bytes.
  }

  async close(): Promise<void> {}
}
