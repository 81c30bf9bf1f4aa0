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
export function cachingStatements(
  sqlite: SqliteDatabase.Database,
  openReader?: () => SqliteDatabase.Database,
  max = 1000,
): KyselySqlite & DirectReads {
  const statements = statementCache(sqlite, max);
  const prepared = statements.get;
  // A second connection for prepared reads while a transaction holds the first (WAL lets it read
  // the last committed state meanwhile); opened on first need.
  let reader: ReturnType<typeof statementCache> | null = null;
  const rowMappers = new WeakMap<SqliteDatabase.Statement, (row: unknown[]) => Record<string, unknown>>();
  return {
    readNow(sql, params) {
      let statement = prepared(sql);
      if (!statement.reader) return null;
      if (sqlite.inTransaction) {
        if (!openReader) return null;
        statement = (reader ??= statementCache(openReader(), max)).get(sql);
      }
      let toRow = rowMappers.get(statement);
      if (!toRow) {
        const keys = statement.columns().map((c) => camelCase(c.name));
        toRow = (values) => {
          const row: Record<string, unknown> = {};
          for (let i = 0; i < keys.length; i++) row[keys[i]!] = values[i];
          return row;
        };
        rowMappers.set(statement, toRow);
      }
      let values: unknown[][];
      try {
        values = statement.raw(true).all(...bindable(params)) as unknown[][];
      } finally {
        statement.raw(false);
      }
      return values.map(toRow);
    },
    close: () => {
      reader?.connection.close();
      sqlite.close();
    },
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

/** Prepared statements of one connection by SQL text, the oldest dropped beyond `max`. */
function statementCache(connection: SqliteDatabase.Database, max: number) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    connection,
    get(sql: string): SqliteDatabase.Statement {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        statement = connection.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/** snake_case → camelCase, as Kysely's `CamelCasePlugin` maps result columns. */
function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Reads without Kysely's executor, for the hot prepared queries on SQLite. Outside a transaction
 * a synchronous read on the connection sees exactly the committed state, as Kysely's would. While
 * a transaction holds the connection, a read there would see its uncommitted rows, so it goes to
 * a second, read-only connection, which sees the last committed state: the read simply happened
 * before that commit, as it would have if it had arrived a moment earlier. Without that second
 * connection `readNow` answers null and the caller waits its turn through Kysely.
 */
export interface DirectReads {
  /** The rows (columns camel-cased), or null when the read must go through Kysely. */
  readNow(sql: string, params: readonly unknown[]): Record<string, unknown>[] | null;
}

const directReads = new WeakMap<object, DirectReads>();

/** Lets `preparedQuery` read directly through this Kysely instance (not its transactions). */
export function registerDirectReads(db: object, reads: DirectReads): void {
  directReads.set(db, reads);
}

/** The direct reads of a root Kysely instance; undefined for transactions and PostgreSQL. */
export function directReadsOf(db: object): DirectReads | undefined {
  return directReads.get(db);
}
