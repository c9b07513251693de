import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EvidenceStoreConfig } from '@duban/config';
import { Readable } from 'node:stream';
import { EvidenceObject, EvidenceStoreDriver, StoredBytes } from '../interfaces/evidence-store.interface';

export type S3StoreOptions = Extract<EvidenceStoreConfig, { kind: 's3' }>;

/** The object's key: one folder per duty, the file's id as the name (never the uploader's file name). */
export const evidenceObjectKey = (file: { dutyId: string; id: string }) => `evidence/${file.dutyId}/${file.id}`;

/** An S3-compatible bucket (MinIO, Ceph, AWS S3…): the object is written before the file's row commits. */
export class S3EvidenceStoreDriver implements EvidenceStoreDriver {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly options: S3StoreOptions) {
    this.client = new S3Client({
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    });
  }

  async put(file: Omit<EvidenceObject, 'objectKey'>, content: Buffer): Promise<StoredBytes> {
    const objectKey = evidenceObjectKey(file);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: objectKey,
        Body: content,
        ContentLength: content.length,
        ContentType: file.contentType,
        // The store checks the bytes it received against the digest the row keeps.
        ChecksumSHA256: Buffer.from(file.sha256, 'hex').toString('base64'),
      }),
    );
    return { content: null, objectKey };
  }

  async open(file: EvidenceObject): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(file) }));
    if (!(object.Body instanceof Readable)) throw new Error(`对象存储未返回佐证材料 ${file.id} 的内容`);
    return object.Body;
  }

  async remove(file: EvidenceObject): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(file) }));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private keyOf(file: EvidenceObject): string {
    return file.objectKey ?? evidenceObjectKey(file);
  }
}
