import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_SECRETS, weakSecretReason } from './secret-strength';

describe('token secret strength', () => {
  it.each([
    ['the development default', PUBLISHED_SECRETS[0]],
    ['the docker-compose default of earlier versions', PUBLISHED_SECRETS[1]],
    ['32 spaces', ' '.repeat(32)],
    ['one letter repeated', 'x'.repeat(64)],
    ['a repeated word', 'abcd'.repeat(12)],
    ['a placeholder', 'please-change-me-to-something-long-and-secret'],
  ])('refuses %s', (_, secret) => {
    expect(weakSecretReason(secret)).toEqual(expect.any(String));
  });

  it.each([
    ['openssl rand -base64 48', 'q7H0xV2m+Zt9kLw3pN8sYc1RbF6dJ4uG5eA0iTo/XnQvMy2hKzWl7SgPrUe3DfCa'],
    ['openssl rand -hex 32', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  ])('accepts %s', (_, secret) => {
    expect(weakSecretReason(secret)).toBeNull();
  });
});

describe('docker-compose.yml', () => {
  it('ships no default token secret: compose refuses to start without one', () => {
    const compose = readFileSync(join(__dirname, '../../../docker-compose.yml'), 'utf8');
    const line = compose.split('\n').find((l) => /^\s*AUTH_TOKEN_SECRET:/.test(l));
    expect(line).toMatch(/\$\{AUTH_TOKEN_SECRET:\?/);
    for (const published of PUBLISHED_SECRETS) expect(compose).not.toContain(published);
  });
});
