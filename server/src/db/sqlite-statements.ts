import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqlite, SqliteStatement } from 'kysely';

type Params = readonly unknown[];

/** better-sqlite3 refuses to bind booleans; SQLite stores them as 0/1 anyway. */
export function bindable(params: Params): unknown[] {
  return params.map((v) => (typeof v === 'boolean' ? Number(v) : v));
}

/**
 * Hands Kysely a database that prepares each distinct SQL text once. Kysely's SQLite driver calls
 * `prepare` on every query; preparing is a sizeable part of a cheap query's cost, and the portal
 * runs the same few hundred statements all day. The cache is bounded so that generated SQL (long
 * `IN` lists) cannot grow it without limit.
 */
export function cachingStatements(sqlite: SqliteDatabase.Database, max = 1000): KyselySqlite {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepared = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      statement = sqlite.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const statement = prepared(sql);
      return {
        reader: statement.reader,
        all: (params) => statement.all(...bindable(params)),
        run: (params) => statement.run(...bindable(params)),
        // A streaming read keeps its statement busy until it ends, so it gets its own.
        iterate: (params) => sqlite.prepare(sql).iterate(...bindable(params)),
      };
    },
  };
}
