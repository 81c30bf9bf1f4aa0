import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { createContext } from '../context.js';
import { openDatabase, type Database, type Dialect } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createUser, type NewUser } from '../org/commands/create-user.js';
import type { User } from '@artel/common';

/** The dialects every API suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Origin the test requests claim; inject's Host header is `localhost:80`. */
export const ORIGIN = 'http://localhost:80';

/** A fresh app on a fresh database, with helpers to act as different people. */
export interface TestPortal {
  app: Awaited<ReturnType<typeof buildApp>>;
  database: Database;
  config: Config;
  /** Creates an account directly (no HTTP), e.g. the first admin. */
  createUser(input: Partial<NewUser> & { email: string }): Promise<User>;
  /** Signs in and returns a client whose requests carry that session (and a same-site Origin). */
  signIn(email: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** Requests as one signed-in person. */
export interface Client {
  cookie: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
}

export interface Reply {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json<T = any>(): T;
}

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `artel_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Starts a portal on the given dialect; call `close()` in afterAll. */
export async function startTestPortal(dialect: Dialect, overrides: Partial<Config> = {}): Promise<TestPortal> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'artel-test-'));
  const pgDb = dialect === 'postgres' ? await createPostgresDatabase() : undefined;
  const config: Config = {
    ...loadConfig({ ARTEL_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    databaseUrl: pgDb?.url,
    // Cheap hashing keeps the suite fast; production cost is tested by the passwords unit test.
    passwordHashing: { memoryCost: 1024, timeCost: 1 },
    ...overrides,
  };
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir, poolSize: 4 });
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database, logger: false, validateResponses: true });
  await app.ready();
  const ctx = createContext(config, database);

  const request = async (
    cookie: string | undefined,
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    const unsafe = method !== 'GET' && method !== 'HEAD';
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(cookie ? { cookie: `artel_session=${cookie}` } : {}),
        ...(unsafe ? { origin: ORIGIN } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    return { statusCode: res.statusCode, headers: res.headers, body: res.body, json: () => res.json() };
  };

  return {
    app,
    database,
    config,
    createUser: (input) =>
      createUser(ctx, null, { name: input.email.split('@')[0]!, password: TEST_PASSWORD, ...input }),
    async signIn(email, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'artel_session')!.value;
      return { cookie, request: (method, url, body, headers) => request(cookie, method, url, body, headers) };
    },
    async close() {
      await app.close();
      await database.close();
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An anonymous client (no cookie). */
export function anonymous(portal: TestPortal): Client {
  return {
    cookie: '',
    request: async (method, url, body, headers = {}) => {
      const res = await portal.app.inject({
        method: method as 'GET',
        url,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      });
      return { statusCode: res.statusCode, headers: res.headers, body: res.body, json: () => res.json() };
    },
  };
}

/** Counts rows of a table, to prove a refused request changed nothing. */
export async function countRows(
  portal: TestPortal,
  table: 'users' | 'departments' | 'offices' | 'events' | 'sessions' | 'apiTokens',
): Promise<number> {
  const row = await portal.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
