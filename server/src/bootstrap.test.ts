import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { bootstrapAccounts } from './bootstrap.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';

const log = pino({ level: 'silent' });
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function emptyDatabase(env: Record<string, string>): Promise<{ config: Config; database: Database }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'artel-boot-'));
  const config = { ...loadConfig({ ARTEL_DATA_DIR: dir, ...env }), passwordHashing: { memoryCost: 1024, timeCost: 1 } };
  const database = openDatabase({ dataDir: dir });
  await migrateToLatest(database.db);
  cleanup = async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { config, database };
}

describe('start-up bootstrap', () => {
  it('creates the admin from ARTEL_ADMIN_EMAIL/PASSWORD, once, and no demo', async () => {
    const { config, database } = await emptyDatabase({
      ARTEL_ADMIN_EMAIL: 'Boss@Example.com',
      ARTEL_ADMIN_PASSWORD: 'long-password',
    });
    expect(await bootstrapAccounts(config, database, log)).toEqual([]);
    const users = await database.db.selectFrom('users').select(['email', 'isAdmin']).execute();
    expect(users).toEqual([{ email: 'boss@example.com', isAdmin: 1 }]);
    await bootstrapAccounts(config, database, log);
    expect(await database.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });

  it('loads the demo company by default on an empty database and returns its logins', async () => {
    const { config, database } = await emptyDatabase({});
    const logins = await bootstrapAccounts(config, database, log);
    expect(logins.map((l) => l.email)).toContain('admin@artel.demo');
    const users = await database.db.selectFrom('users').select(['email', 'isAdmin', 'departmentId']).execute();
    expect(users.length).toBeGreaterThanOrEqual(55);
    expect(users.filter((u) => u.isAdmin)).toHaveLength(1);
    expect(users.every((u) => u.departmentId)).toBe(true);
    const offices = await database.db.selectFrom('offices').select('city').execute();
    expect(offices.map((o) => o.city).sort()).toEqual(['Москва', 'Новосибирск', 'Санкт-Петербург']);
    const headless = await database.db.selectFrom('departments').select('name').where('headId', 'is', null).execute();
    expect(headless).toEqual([]);
  });

  it('ARTEL_DEMO=0 leaves an empty portal for the first-run page', async () => {
    const { config, database } = await emptyDatabase({ ARTEL_DEMO: '0' });
    expect(await bootstrapAccounts(config, database, log)).toEqual([]);
    expect(await database.db.selectFrom('users').select('id').execute()).toHaveLength(0);
  });
});

describe('configuration', () => {
  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });
  it('requires the admin e-mail and password together', () => {
    expect(() => loadConfig({ ARTEL_ADMIN_EMAIL: 'a@b.co' })).toThrow(/ARTEL_ADMIN_PASSWORD/);
  });
  it('defaults to 127.0.0.1:3000 and ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, databaseUrl: undefined });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });
});
