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
    expect(loadConfig(base).evidence).toEqual({ maxBytes: 20 * 1024 * 1024, maxFiles: 20 });
    expect(loadConfig({ ...base, EVIDENCE_MAX_BYTES: '1048576', EVIDENCE_MAX_FILES: '5' }).evidence).toEqual({ maxBytes: 1048576, maxFiles: 5 });
    expect(() => loadConfig({ ...base, EVIDENCE_MAX_BYTES: 'lots' })).toThrow(/EVIDENCE_MAX_BYTES/);
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
