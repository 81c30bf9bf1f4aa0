import type { CompiledQuery, Compilable, Kysely } from 'kysely';
import type { DB } from './schema.js';
import { directReadsOf } from './sqlite-statements.js';

/** A value a prepared query binds: what the drivers accept as a parameter. */
type Bindable = string | number | boolean | null | Date;

/** Values given to a prepared query: single values, or lists (for `in (…)`). */
type Values = Record<string, Bindable | readonly Bindable[]>;

/** Where each parameter of the compiled SQL comes from: a named value (an item of it), or a constant. */
type Slot = { name: string; index: number } | { constant: unknown };

interface Prepared {
  compiled: CompiledQuery;
  slots: Slot[];
}

/**
 * A query that Kysely builds and compiles once per shape; every later call binds new values to
 * the same SQL text. For the hot reads (the session check, a task, a page of tasks) building and
 * compiling the query cost more than the database running it.
 *
 * `build` receives the `shape` as given (what decides the SQL's structure: which filters, which
 * sort, how many items in a list) and, in place of the values, unique stand-ins that it must
 * pass to the query unchanged — never branch on them or transform them; a value that decides
 * structure belongs in the shape. Each stand-in becomes a parameter of the compiled SQL, which is
 * how the values find their place on later calls.
 */
export function preparedQuery<Shape, V extends Values, Row>(
  build: (db: Kysely<DB>, shape: Shape, values: V) => Compilable<Row>,
  shapeKey: (shape: Shape, values: V) => string = () => '',
): (db: Kysely<DB>, shape: Shape, values: V) => Promise<Row[]> {
  // Per adapter: SQLite and PostgreSQL compile the same query differently.
  const byAdapter = new WeakMap<object, Map<string, Prepared>>();
  return async (db, shape, values) => {
    const adapter = db.getExecutor().adapter;
    let cache = byAdapter.get(adapter);
    if (!cache) byAdapter.set(adapter, (cache = new Map()));
    // List lengths change the SQL (one parameter per item), so they are part of the key.
    let key = shapeKey(shape, values);
    for (const name in values) {
      const v = values[name];
      if (Array.isArray(v)) key += `|${name}:${v.length}`;
    }
    let prepared = cache.get(key);
    if (!prepared) {
      prepared = prepare(db, build, shape, values);
      // Bounded: a shape key made from user input must not grow memory without limit.
      if (cache.size >= 500) cache.clear();
      cache.set(key, prepared);
    }
    const parameters = prepared.slots.map((slot) => {
      if ('constant' in slot) return slot.constant;
      const v = values[slot.name];
      return Array.isArray(v) ? v[slot.index] : v;
    });
    const { compiled } = prepared;
    // SQLite outside a transaction: run the cached statement now, without the executor's turns.
    const direct = directReadsOf(db)?.readNow(compiled.sql, parameters);
    if (direct) return direct as Row[];
    const result = await db.executeQuery<Row>({ ...compiled, parameters } as CompiledQuery<Row>);
    return result.rows;
  };
}

function prepare<Shape, V extends Values>(
  db: Kysely<DB>,
  build: (db: Kysely<DB>, shape: Shape, values: V) => Compilable<unknown>,
  shape: Shape,
  values: V,
): Prepared {
  const marks = new Map<string, { name: string; index: number }>();
  const mark = (name: string, index: number) => {
    const stand = `\u0000${name}\u0000${index}`;
    marks.set(stand, { name, index });
    return stand;
  };
  const standIns: Record<string, unknown> = {};
  for (const name in values) {
    const v = values[name];
    standIns[name] = Array.isArray(v) ? v.map((_, i) => mark(name, i)) : mark(name, -1);
  }
  const compiled = build(db, shape, standIns as V).compile();
  const slots = compiled.parameters.map((p): Slot => {
    const found = typeof p === 'string' ? marks.get(p) : undefined;
    return found ?? { constant: p };
  });
  return { compiled, slots };
}
