import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';

/**
 * A fresh bucket for one test file on the real S3-compatible server the global setup started (moto,
 * DUBAN_TEST_S3_ENDPOINT), with the configuration that points duban's evidence store at it, and a look inside.
 */
export class TestBucket {
  readonly name = `duban-test-${randomBytes(6).toString('hex')}`;
  private client: S3Client | null = null;

  /** The variables of EVIDENCE_STORE=s3 for this bucket (the endpoint is read at `create`). */
  get env(): Record<string, string> {
    return {
      EVIDENCE_STORE: 's3',
      S3_ENDPOINT: endpoint(),
      S3_BUCKET: this.name,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'duban-test',
      S3_SECRET_ACCESS_KEY: 'duban-test-secret',
      S3_FORCE_PATH_STYLE: 'true',
    };
  }

  async create(): Promise<this> {
    this.client = new S3Client({ endpoint: endpoint(), region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'duban-test', secretAccessKey: 'duban-test-secret' } });
    await this.client.send(new CreateBucketCommand({ Bucket: this.name }));
    return this;
  }

  /** The keys of every object in the bucket, sorted. */
  async keys(): Promise<string[]> {
    const listed = await this.s3().send(new ListObjectsV2Command({ Bucket: this.name }));
    return (listed.Contents ?? []).map((o) => o.Key!).sort();
  }

  async bytes(key: string): Promise<Buffer> {
    const object = await this.s3().send(new GetObjectCommand({ Bucket: this.name, Key: key }));
    return Buffer.from(await object.Body!.transformToByteArray());
  }

  /** Removes an object behind duban's back (a store that lost it). */
  async remove(key: string): Promise<void> {
    await this.s3().send(new DeleteObjectCommand({ Bucket: this.name, Key: key }));
  }

  close(): void {
    this.client?.destroy();
  }

  private s3(): S3Client {
    if (!this.client) throw new Error('TestBucket.create() 尚未调用');
    return this.client;
  }
}

function endpoint(): string {
  const url = process.env.DUBAN_TEST_S3_ENDPOINT;
  if (!url) throw new Error('DUBAN_TEST_S3_ENDPOINT 未设置：S3 兼容服务器需经 jest 的 global setup 或 npm test 启动');
  return url;
}
