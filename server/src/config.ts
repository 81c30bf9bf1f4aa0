import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  ARTEL_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ARTEL_ADMIN_EMAIL: z.email().optional(),
  ARTEL_ADMIN_PASSWORD: z.string().min(8).optional(),
  ARTEL_DEMO: z.enum(['0', '1', '']).optional(),
  ARTEL_WEBHOOK_ALLOW_PRIVATE: flag,
  ARTEL_PUBLIC_URL: z.url().optional(),
  ARTEL_TRUST_PROXY: flag,
  ARTEL_WEB_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Every setting of the server, read once at start and validated. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** `true`/`false` when set explicitly; `undefined` lets start-up decide. */
  demo: boolean | undefined;
  webhookAllowPrivate: boolean;
  /** Extra origin accepted for cookie-authenticated writes (the public URL behind a proxy). */
  publicUrl: string | undefined;
  trustProxy: boolean;
  /** Built web app to serve at `/`; absent in API-only runs and tests. */
  webDir: string | undefined;
  logLevel: string;
  /** argon2id cost; lowered only by tests. */
  passwordHashing: { memoryCost: number; timeCost: number };
}

/** Reads and validates the environment; throws one readable error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.ARTEL_ADMIN_EMAIL) !== Boolean(e.ARTEL_ADMIN_PASSWORD)) {
    throw new Error('Invalid configuration: set both ARTEL_ADMIN_EMAIL and ARTEL_ADMIN_PASSWORD');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.ARTEL_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminEmail: e.ARTEL_ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.ARTEL_ADMIN_PASSWORD,
    demo: e.ARTEL_DEMO === '1' ? true : e.ARTEL_DEMO === '0' ? false : undefined,
    webhookAllowPrivate: e.ARTEL_WEBHOOK_ALLOW_PRIVATE,
    publicUrl: e.ARTEL_PUBLIC_URL,
    trustProxy: e.ARTEL_TRUST_PROXY,
    webDir: e.ARTEL_WEB_DIR,
    logLevel: e.LOG_LEVEL,
    passwordHashing: { memoryCost: 19456, timeCost: 2 },
  };
}
