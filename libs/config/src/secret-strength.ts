/** Secrets published in this repository or its documentation: whoever read them can forge any session. */
export const PUBLISHED_SECRETS: readonly string[] = [
  'duban-development-only-token-secret-do-not-use-in-production',
  'duban-change-me-token-secret-0123456789',
];

const PLACEHOLDER = /change[-_ ]?me|changeit|development|example|placeholder|secret-?key|password/i;

/** At least this many bits, estimated from the secret's own character frequencies (Shannon). */
export const MIN_SECRET_BITS = 128;

/** The Shannon estimate of a string's information content in bits: length × entropy of its character frequencies. */
export function estimatedBits(secret: string): number {
  const chars = [...secret];
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / chars.length) * Math.log2(n / chars.length);
  return perChar * chars.length;
}

/**
 * Why a secret must not sign tokens in production, or null when it may: a published one, a placeholder, or
 * one with too little variety to be random (32 spaces, "aaaa…", a repeated word).
 */
export function weakSecretReason(secret: string): string | null {
  if (PUBLISHED_SECRETS.includes(secret)) return '是公开在源代码或文档中的默认值，任何人都能用它伪造登录令牌';
  if (PLACEHOLDER.test(secret)) return '看起来是占位符（含 change-me、example、development 等字样），请换成随机串';
  if (estimatedBits(secret) < MIN_SECRET_BITS) return `随机性不足（估计约 ${Math.floor(estimatedBits(secret))} 位，至少 ${MIN_SECRET_BITS} 位），请用 openssl rand -base64 48 生成`;
  return null;
}
