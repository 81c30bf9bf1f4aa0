import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';
import { bindable, cachingStatements, registerDirectReads } from './sqlite-statements.js';

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the typed query builder plus what differs between the two dialects. */
export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** The SQLite file, when embedded (used by backup). */
  sqlitePath: string | null;
  /**
   * Runs a compiled read outside any transaction and answers its rows as arrays, in the order of
   * its select list. For the few reads of thousands of rows (a project's Gantt chart), where
   * building one object per row is most of the cost: SQLite's raw mode, PostgreSQL's array rows.
   */
  selectArrays(query: CompiledQuery): Promise<unknown[][]>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded SQLite file under the data dir. */
export function openDatabase(options: DatabaseOptions): Database {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  mkdirSync(options.dataDir, { recursive: true });
  return openSqlite(path.join(options.dataDir, 'artel.db'));
}

/** SQLite page cache per connection, in KiB (negative: a size, not a page count). */
const CACHE_KIB = -65536;

function openSqlite(file: string): Database {
  const sqlite = new SqliteDatabase(file);
  // WAL lets readers proceed during a write; NORMAL sync is durable across process crashes in WAL.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB of page cache instead of 2 MB: with a million tasks the upper levels of every index no
  // longer fit in 2 MB, and each miss is a read from the OS (on reads and on every insert).
  sqlite.pragma(`cache_size = ${CACHE_KIB}`);
  // Checkpoint the WAL every ~40 MB rather than 4 MB: hot pages (indexes every write touches) are
  // copied to the database once per checkpoint, so fewer checkpoints cut commit cost by a third.
  // That limit is only the backstop: a passive checkpoint every second, between transactions,
  // copies the last second's pages, so no request's commit has to copy 40 MB at once.
  sqlite.pragma('wal_autocheckpoint = 10000');
  const checkpoints = setInterval(() => {
    if (sqlite.open && !sqlite.inTransaction) sqlite.pragma('wal_checkpoint(PASSIVE)');
  }, 1000);
  checkpoints.unref();
  const statements = cachingStatements(sqlite, () => {
    const reader = new SqliteDatabase(file, { readonly: true });
    reader.pragma('busy_timeout = 5000');
    reader.pragma(`cache_size = ${CACHE_KIB}`);
    return reader;
  });
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: statements }),
    plugins: [new CamelCasePlugin()],
  });
  registerDirectReads(db, statements);
  const rawStatements = new Map<string, SqliteDatabase.Statement>();
  const selectArrays = (query: CompiledQuery) =>
    // Holding Kysely's connection keeps the read out of a transaction another request has open.
    db.connection().execute(async () => {
      let statement = rawStatements.get(query.sql);
      if (!statement) {
        statement = sqlite.prepare(query.sql).raw(true);
        if (rawStatements.size < 100) rawStatements.set(query.sql, statement);
      }
      return statement.all(...bindable(query.parameters)) as unknown[][];
    });
  const close = () => {
    clearInterval(checkpoints);
    return db.destroy();
  };
  return { db, dialect: 'sqlite', sqlitePath: file, selectArrays, close };
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  const selectArrays = async (query: CompiledQuery) =>
    (await pool.query<unknown[]>({ text: query.sql, values: [...query.parameters], rowMode: 'array' })).rows;
  return { db, dialect: 'postgres', sqlitePath: null, selectArrays, close: () => db.destroy() };
}
