import { ConfigError, DEVELOPMENT_TOKEN_SECRET, loadConfig } from './load-config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/duban' };

describe('loadConfig', () => {
  it('fills defaults: Asia/Shanghai, local Temporal, SMTP on 1025', () => {
    const config = loadConfig(base);
    expect(config.timeZone).toBe('Asia/Shanghai');
    expect(config.temporal).toEqual({ address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'duban-duties' });
    expect(config.notifications.smtp).toMatchObject({ host: '127.0.0.1', port: 1025, secure: false });
  });

  it('reads booleans by value, not by presence', () => {
    expect(loadConfig({ ...base, SMTP_SECURE: 'false' }).notifications.smtp.secure).toBe(false);
    expect(loadConfig({ ...base, SMTP_SECURE: 'true' }).notifications.smtp.secure).toBe(true);
  });

  it('names every bad variable and the reason', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', SMTP_PORT: '99999', DUBAN_TIME_ZONE: 'Mars/Base', SMTP_SECURE: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(['DATABASE_URL', 'DUBAN_TIME_ZONE', 'SMTP_PORT', 'SMTP_SECURE']);
    expect((error as Error).message).toContain('DUBAN_TIME_ZONE: 不是有效的 IANA 时区');
  });

  it('reads which proxies to trust for the client address', () => {
    expect(loadConfig(base).api.trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: '1' }).api.trustProxy).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).api.trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'every$one' })).toThrow(/TRUST_PROXY/);
  });

  it('links to the console at PUBLIC_URL, by default the API on its port', () => {
    expect(loadConfig(base).publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ ...base, API_PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://duban.example.org/' }).publicUrl).toBe('https://duban.example.org');
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
  });

  it('limits evidence files: 20 MB and 20 per duty by default', () => {
    expect(loadConfig(base).evidence).toEqual({ maxBytes: 20 * 1024 * 1024, maxFiles: 20, store: { kind: 'postgres' } });
    expect(loadConfig({ ...base, EVIDENCE_MAX_BYTES: '1048576', EVIDENCE_MAX_FILES: '5' }).evidence).toMatchObject({ maxBytes: 1048576, maxFiles: 5 });
    expect(() => loadConfig({ ...base, EVIDENCE_MAX_BYTES: 'lots' })).toThrow(/EVIDENCE_MAX_BYTES/);
  });

  it('keeps evidence bytes in Postgres by default; EVIDENCE_STORE=s3 reads the S3 variables', () => {
    expect(loadConfig(base).evidence.store).toEqual({ kind: 'postgres' });
    const s3 = { ...base, EVIDENCE_STORE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'duban-evidence', S3_ACCESS_KEY_ID: 'duban', S3_SECRET_ACCESS_KEY: 'secret-key', S3_FORCE_PATH_STYLE: 'true' };
    expect(loadConfig(s3).evidence.store).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'duban-evidence',
      region: 'us-east-1',
      accessKeyId: 'duban',
      secretAccessKey: 'secret-key',
      forcePathStyle: true,
    });
    // AWS S3 itself: no endpoint, virtual-hosted buckets.
    const { S3_ENDPOINT: _endpoint, S3_FORCE_PATH_STYLE: _pathStyle, ...aws } = s3;
    expect(loadConfig({ ...aws, S3_REGION: 'cn-north-1' }).evidence.store).toMatchObject({ endpoint: null, region: 'cn-north-1', forcePathStyle: false });
    // The S3 variables alone change nothing.
    expect(loadConfig({ ...base, S3_BUCKET: 'duban-evidence' }).evidence.store).toEqual({ kind: 'postgres' });
  });

  it('refuses to boot on a missing or bad evidence store variable, naming it', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ ...base, ...env });
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    };
    expect(problems({ EVIDENCE_STORE: 'disk' })).toEqual([{ variable: 'EVIDENCE_STORE', reason: '应为 postgres 或 s3' }]);
    expect(problems({ EVIDENCE_STORE: 's3', S3_BUCKET: 'b-1' }).map((p) => `${p.variable}: ${p.reason}`)).toEqual([
      'S3_ACCESS_KEY_ID: EVIDENCE_STORE=s3 时必须设置',
      'S3_SECRET_ACCESS_KEY: EVIDENCE_STORE=s3 时必须设置',
    ]);
    expect(problems({ EVIDENCE_STORE: 's3', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }).map((p) => p.variable)).toEqual(['S3_BUCKET']);
    expect(problems({ S3_BUCKET: 'Evidence_Bucket' }).map((p) => p.variable)).toEqual(['S3_BUCKET']);
    expect(problems({ S3_ENDPOINT: 'minio:9000' }).map((p) => p.variable)).toEqual(['S3_ENDPOINT']);
    expect(problems({ S3_FORCE_PATH_STYLE: 'sometimes' }).map((p) => p.variable)).toEqual(['S3_FORCE_PATH_STYLE']);
    expect(() => loadConfig({ ...base, EVIDENCE_STORE: 's3' })).toThrow(/S3_BUCKET: EVIDENCE_STORE=s3 时必须设置/);
  });

  it('requires DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL: 必须设置/);
  });

  it('signs tokens with a development key only outside production', () => {
    expect(loadConfig(base).auth).toEqual({ tokenSecret: expect.stringContaining('development'), tokenTtlMs: 8 * 3600_000 });
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/AUTH_TOKEN_SECRET: 生产环境必须设置/);
    expect(() => loadConfig({ ...base, AUTH_TOKEN_SECRET: 'short' })).toThrow(/AUTH_TOKEN_SECRET: 至少 32 个字符/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', AUTH_TOKEN_SECRET: DEVELOPMENT_TOKEN_SECRET })).toThrow(/AUTH_TOKEN_SECRET: 生产环境不能使用该值：是公开在源代码/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', AUTH_TOKEN_SECRET: ' '.repeat(32) })).toThrow(/AUTH_TOKEN_SECRET: 生产环境不能使用该值：随机性不足/);
    const secret = 'q7H0xV2m+Zt9kLw3pN8sYc1RbF6dJ4uG5eA0iTo/XnQvMy2hKzWl7SgPrUe3DfCa';
    expect(loadConfig({ ...base, NODE_ENV: 'production', AUTH_TOKEN_SECRET: secret, AUTH_TOKEN_TTL: 'PT30M' }).auth).toEqual({ tokenSecret: secret, tokenTtlMs: 1800_000 });
  });
});
