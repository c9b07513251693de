import { IANAZone } from 'luxon';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isIsoDuration } from '@duban/domain';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { errorMap: () => ({ message: '应为 true 或 false' }) })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number({ invalid_type_error: '应为端口号' }).int('应为整数').min(1, '应在 1–65535 之间').max(65535, '应在 1–65535 之间');
const postgresUrl = z
  .string({ required_error: '必须设置（例如 postgres://user:pass@host:5432/duban）' })
  .url('应为 URL')
  .refine((v) => /^postgres(ql)?:\/\//.test(v), '应以 postgres:// 开头');

/** Every variable duban reads, with its default. Nothing else reads process.env. */
export const configSchema = z.object({
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TEMPORAL_ADDRESS: z.string().regex(/^[^:\s]+:\d+$/, '应为 host:port').default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('duban-duties'),
  NOTIFICATION_DRIVER: z.enum(['smtp', 'log'], { errorMap: () => ({ message: '应为 smtp 或 log' }) }).default('smtp'),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: port.default(1025),
  SMTP_SECURE: bool.default('false'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('督办系统 <duban@localhost>'),
  DUBAN_TIME_ZONE: z.string().refine((v) => IANAZone.isValidZone(v), '不是有效的 IANA 时区').default(DEFAULT_TIME_ZONE),
  /** How long a decision request waits for the workflow's answer before answering 202 (accepted, later). */
  DECISION_WAIT: z.string().refine((v) => isIsoDuration(v), '应为 ISO-8601 时长（如 PT20S）').default('PT20S'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(3000),
  /**
   * Where people reach the system from outside (the console lives under `/console/`): the links in emails that
   * ask someone to act. Defaults to `http://127.0.0.1:<API_PORT>`.
   */
  PUBLIC_URL: z
    .string()
    .url('应为 URL（如 https://duban.example.org）')
    .refine((v) => /^https?:\/\//.test(v), '应以 http:// 或 https:// 开头')
    .optional(),
  /** Largest evidence file (履职佐证材料) accepted, in bytes (default 20 MB). */
  EVIDENCE_MAX_BYTES: z.coerce.number({ invalid_type_error: '应为字节数' }).int('应为整数').min(1, '应为正整数').max(200 * 1024 * 1024, '不能超过 200 MB').default(20 * 1024 * 1024),
  /** How many evidence files one duty may hold. */
  EVIDENCE_MAX_FILES: z.coerce.number({ invalid_type_error: '应为整数' }).int('应为整数').min(1, '应为正整数').max(1000, '不能超过 1000').default(20),
  /**
   * Where the bytes of evidence files go (their name, type, size, SHA-256, uploader and duty stay in Postgres):
   * `postgres` (default, the evidence_files table) or `s3` (any S3-compatible store: MinIO, Ceph, AWS S3…).
   */
  EVIDENCE_STORE: z.enum(['postgres', 's3'], { errorMap: () => ({ message: '应为 postgres 或 s3' }) }).default('postgres'),
  /** The S3 API's address (MinIO: http://minio:9000); unset for AWS S3 itself. */
  S3_ENDPOINT: z
    .string()
    .url('应为 URL（如 http://minio:9000）')
    .refine((v) => /^https?:\/\//.test(v), '应以 http:// 或 https:// 开头')
    .optional(),
  /** The bucket evidence files go to (must exist). Required when EVIDENCE_STORE=s3. */
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, '应为 3–63 个字符的存储桶名（小写字母、数字、点、连字符）')
    .optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]{2,40}$/, '应为区域名（如 us-east-1）').default('us-east-1'),
  /** Required when EVIDENCE_STORE=s3. */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  /** Required when EVIDENCE_STORE=s3. */
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Buckets in the path (http://minio:9000/bucket/key) rather than the host name: what MinIO needs unless it has a domain. */
  S3_FORCE_PATH_STYLE: bool.default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /** `production` requires AUTH_TOKEN_SECRET to be set (no development default). */
  NODE_ENV: z.enum(['development', 'test', 'production'], { errorMap: () => ({ message: '应为 development、test 或 production' }) }).default('development'),
  /** Key that signs session tokens (HMAC-SHA256); at least 32 characters (in production also not guessable: see secret-strength). */
  AUTH_TOKEN_SECRET: z.string().min(32, '至少 32 个字符').optional(),
  /**
   * Which reverse proxies to believe about the client's address (X-Forwarded-For), as Express's `trust proxy`:
   * `false` (default: the connection's own address), a hop count (`1`), or addresses and subnets
   * (`127.0.0.1, 10.0.0.0/8`, `loopback`, `uniquelocal`). Behind a proxy, without it every login seems to come
   * from the proxy, and the per-address login limit slows down everyone at once.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(false|true|\d{1,2}|[0-9A-Za-z.:/, ]+)$/, '应为 false、跳数（如 1）或以逗号分隔的地址、网段（如 loopback, 10.0.0.0/8）')
    .default('false'),
  /** How long a session token stays valid. */
  AUTH_TOKEN_TTL: z.string().refine((v) => isIsoDuration(v), '应为 ISO-8601 时长（如 PT8H）').default('PT8H'),
}).superRefine((c, context) => {
  if (c.EVIDENCE_STORE !== 's3') return;
  for (const variable of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (!c[variable]) context.addIssue({ code: z.ZodIssueCode.custom, path: [variable], message: 'EVIDENCE_STORE=s3 时必须设置' });
  }
});

export type RawConfig = z.infer<typeof configSchema>;
