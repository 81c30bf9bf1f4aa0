import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.js';
import { groupCommit } from './group-commit.js';
import { migrateToLatest } from './migrate.js';

describe('group commit on SQLite', () => {
  let dataDir: string;
  let database: Database;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'artel-group-commit-'));
    database = openDatabase({ dataDir });
    await migrateToLatest(database.db);
  });
  afterAll(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const office = (name: string) => ({
    id: `office-${name}`,
    name,
    city: 'Казань',
    timezone: 'Europe/Moscow',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('undoes only the failing write, answers each caller with its own outcome, and runs writes in order', async () => {
    const writes = groupCommit(database.db, 'sqlite');
    const seen: number[] = [];
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'bad', 'c'].map((name) =>
        writes.run(async (trx) => {
          // Each write sees the ones queued before it, as in separate transactions in that order.
          const before = await trx.selectFrom('offices').select('id').execute();
          seen.push(before.length);
          await trx.insertInto('offices').values(office(name)).execute();
          if (name === 'bad') throw new Error('refused: bad');
          return name;
        }),
      ),
    );
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      'a',
      'b',
      'refused: bad',
      'c',
    ]);
    expect(seen).toEqual([0, 1, 2, 2]);
    const stored = await database.db.selectFrom('offices').select('name').orderBy('name').execute();
    expect(stored.map((o) => o.name)).toEqual(['a', 'b', 'c']);
  });

  it('tells every caller of a batch when the whole transaction cannot commit, and stores none of it', async () => {
    const writes = groupCommit(database.db, 'sqlite');
    // A deferred constraint fails only at commit: the batch as a whole is refused.
    const outcomes = await Promise.allSettled(
      ['d', 'e'].map((name) =>
        writes.run(async (trx) => {
          if (name === 'd') await sql`pragma defer_foreign_keys = on`.execute(trx);
          await trx
            .insertInto('departments')
            .values({
              id: `dept-${name}`,
              name,
              parentId: 'missing-parent',
              headId: null,
              deputyId: null,
              officeId: null,
              version: 1,
              createdAt: '2026-01-01T00:00:00.000Z',
              updatedAt: '2026-01-01T00:00:00.000Z',
            })
            .execute();
          return name;
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    const stored = await database.db.selectFrom('departments').select('id').where('name', 'in', ['d', 'e']).execute();
    expect(stored).toEqual([]);
  });
});
