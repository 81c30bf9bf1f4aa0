import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB, Dialect } from '../server-api.js';
import { Random } from './random.js';

/** What every entity module of the generator is given. */
export interface GeneratorContext {
  db: Kysely<DB>;
  dialect: Dialect;
  random: Random;
  /** The shared argon2 hash every generated account signs in with. */
  passwordHash: string;
  /** "Now" for created/updated timestamps, fixed for the whole run. */
  now: string;
  /** Who the events name as the actor (the bench admin), once created. */
  actorId: string | null;
  /**
   * SQLite only: a second, raw connection to the same file that `insertRows` writes through with
   * cached multi-row statements. Going through Kysely costs more than SQLite itself for a million
   * rows (building, compiling and camel-casing each statement).
   */
  sqlite: SqliteDatabase.Database | null;
}

export function createContext(options: {
  db: Kysely<DB>;
  dialect: Dialect;
  seed: number;
  passwordHash: string;
  sqlite?: SqliteDatabase.Database | null;
}): GeneratorContext {
  return {
    db: options.db,
    dialect: options.dialect,
    random: new Random(options.seed),
    passwordHash: options.passwordHash,
    now: new Date().toISOString(),
    actorId: null,
    sqlite: options.sqlite ?? null,
  };
}

/** Bound parameters per statement: SQLite allows 32,766 and PostgreSQL 65,535; stay below both. */
const MAX_PARAMETERS = 30_000;
/** Rows per transaction: large enough to be fast, small enough to keep memory and WAL bounded. */
const ROWS_PER_TRANSACTION = 20_000;

/**
 * Inserts rows (objects with the same camelCase keys) into a table in multi-row statements and
 * batched transactions. Takes any iterable, so a million rows can be produced lazily.
 */
export async function insertRows(
  ctx: GeneratorContext,
  table: keyof DB,
  rows: Iterable<Record<string, unknown>>,
): Promise<number> {
  if (ctx.sqlite) return insertRowsRaw(ctx.sqlite, table, rows);
  let total = 0;
  let chunk: Record<string, unknown>[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const columns = Object.keys(chunk[0]!).length;
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
    const rowsToWrite = chunk;
    chunk = [];
    await ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rowsToWrite.length; i += perStatement) {
        // Plain rows from the entity modules, for any table: the database checks them.
        await trx
          .insertInto(table)
          .values(rowsToWrite.slice(i, i + perStatement) as never)
          .execute();
      }
    });
    total += rowsToWrite.length;
  };
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length >= ROWS_PER_TRANSACTION) await flush();
  }
  await flush();
  return total;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * `insertRows` on a raw SQLite connection: one prepared multi-row statement per table and chunk
 * size, values bound positionally (booleans as 0/1), 100,000 rows per transaction.
 */
function insertRowsRaw(
  sqlite: SqliteDatabase.Database,
  table: string,
  rows: Iterable<Record<string, unknown>>,
): number {
  const tableName = snake(table);
  let keys: string[] | null = null;
  let perStatement = 1;
  const statements = new Map<number, SqliteDatabase.Statement>();
  const statementFor = (count: number) => {
    let statement = statements.get(count);
    if (!statement) {
      const one = `(${keys!.map(() => '?').join(',')})`;
      statement = sqlite.prepare(
        `insert into ${tableName} (${keys!.map(snake).join(',')}) values ${Array.from({ length: count }, () => one).join(',')}`,
      );
      statements.set(count, statement);
    }
    return statement;
  };
  let values: unknown[] = [];
  let inChunk = 0;
  let inTransaction = 0;
  let total = 0;
  const flushChunk = () => {
    if (inChunk === 0) return;
    statementFor(inChunk).run(values);
    values = [];
    inChunk = 0;
  };
  sqlite.exec('begin');
  try {
    for (const row of rows) {
      if (!keys) {
        keys = Object.keys(row);
        perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / keys.length / 10));
      }
      for (const key of keys) {
        const v = row[key];
        values.push(typeof v === 'boolean' ? Number(v) : v);
      }
      inChunk++;
      total++;
      if (inChunk >= perStatement) flushChunk();
      if (++inTransaction >= 100_000) {
        flushChunk();
        sqlite.exec('commit');
        sqlite.exec('begin');
        inTransaction = 0;
      }
    }
    flushChunk();
    sqlite.exec('commit');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw error;
  }
  return total;
}

/** One event-log row, as the server's `appendEvent` writes it. */
export function eventRow(
  ctx: GeneratorContext,
  type: string,
  entityType: string,
  entityId: string,
  data: unknown,
): Record<string, unknown> {
  return {
    type,
    entityType,
    entityId,
    actorId: ctx.actorId,
    data: JSON.stringify(data),
    createdAt: ctx.now,
  };
}
