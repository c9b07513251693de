import { isoDurationToMillis } from '@duban/domain';
import { configSchema, RawConfig } from './config.schema';
import { weakSecretReason } from './secret-strength';

export interface DubanConfig {
  database: { url: string; poolSize: number };
  temporal: { address: string; namespace: string; taskQueue: string };
  notifications: {
    driver: 'smtp' | 'log';
    smtp: { host: string; port: number; secure: boolean; user?: string; password?: string };
    from: string;
  };
  timeZone: string;
  api: { host: string; port: number; decisionWaitMs: number; trustProxy: boolean | number | string };
  /** Where people reach the system (no trailing slash); the console is under `${publicUrl}/console/`. */
  publicUrl: string;
  /** Evidence files (履职佐证材料): the largest accepted, how many per duty, and where their bytes are kept. */
  evidence: { maxBytes: number; maxFiles: number; store: EvidenceStoreConfig };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  auth: { tokenSecret: string; tokenTtlMs: number };
}

/** Where evidence bytes go: the evidence_files table, or an S3-compatible bucket. */
export type EvidenceStoreConfig =
  | { kind: 'postgres' }
  | { kind: 's3'; endpoint: string | null; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };

/** Signs tokens only where nothing real is at stake: refused when NODE_ENV=production. */
export const DEVELOPMENT_TOKEN_SECRET = 'duban-development-only-token-secret-do-not-use-in-production';

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; reason: string }[]) {
    super(`配置有误，无法启动：\n${problems.map((p) => `  ${p.variable}: ${p.reason}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; a bad or missing variable throws with its name and the reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): DubanConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ variable: String(i.path[0]), reason: i.message })));
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production') {
    if (!c.AUTH_TOKEN_SECRET) throw new ConfigError([{ variable: 'AUTH_TOKEN_SECRET', reason: '生产环境必须设置（至少 32 个字符的随机串，例如 openssl rand -base64 48）' }]);
    const weak = weakSecretReason(c.AUTH_TOKEN_SECRET);
    if (weak) throw new ConfigError([{ variable: 'AUTH_TOKEN_SECRET', reason: `生产环境不能使用该值：${weak}` }]);
  }
  return {
    database: { url: c.DATABASE_URL, poolSize: c.DATABASE_POOL_SIZE },
    temporal: { address: c.TEMPORAL_ADDRESS, namespace: c.TEMPORAL_NAMESPACE, taskQueue: c.TEMPORAL_TASK_QUEUE },
    notifications: {
      driver: c.NOTIFICATION_DRIVER,
      smtp: { host: c.SMTP_HOST, port: c.SMTP_PORT, secure: c.SMTP_SECURE, user: c.SMTP_USER, password: c.SMTP_PASSWORD },
      from: c.MAIL_FROM,
    },
    timeZone: c.DUBAN_TIME_ZONE,
    api: { host: c.API_HOST, port: c.API_PORT, decisionWaitMs: isoDurationToMillis(c.DECISION_WAIT), trustProxy: trustProxy(c.TRUST_PROXY) },
    publicUrl: (c.PUBLIC_URL ?? `http://127.0.0.1:${c.API_PORT}`).replace(/\/+$/, ''),
    evidence: { maxBytes: c.EVIDENCE_MAX_BYTES, maxFiles: c.EVIDENCE_MAX_FILES, store: evidenceStore(c) },
    logLevel: c.LOG_LEVEL,
    auth: { tokenSecret: c.AUTH_TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET, tokenTtlMs: isoDurationToMillis(c.AUTH_TOKEN_TTL) },
  };
}

function evidenceStore(c: RawConfig): EvidenceStoreConfig {
  if (c.EVIDENCE_STORE === 'postgres') return { kind: 'postgres' };
  return {
    kind: 's3',
    endpoint: c.S3_ENDPOINT ?? null,
    // Present: the schema refuses EVIDENCE_STORE=s3 without them.
    bucket: c.S3_BUCKET!,
    region: c.S3_REGION,
    accessKeyId: c.S3_ACCESS_KEY_ID!,
    secretAccessKey: c.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: c.S3_FORCE_PATH_STYLE,
  };
}

/** TRUST_PROXY as Express's `trust proxy` takes it: a boolean, a hop count, or a list of addresses. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
