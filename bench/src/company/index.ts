import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { hashPassword, migrateToLatest, openDatabase } from '../server-api.js';
import { createContext, insertRows } from './context.js';
import { assignHeads, departmentEvents, generateDepartments } from './departments.js';
import { generateOffices, officeEvents } from './offices.js';
import { generateProjects, projectEvents } from './projects.js';
import { generateTasks, type TaskProbe } from './tasks.js';
import { BENCH_ADMIN, generateUsers, userEvents } from './users.js';

export { BENCH_ADMIN, EMPLOYEE_PASSWORD } from './users.js';
export type { TaskProbe } from './tasks.js';

/** The size of a generated company. Later benchmarks add their entity kinds here. */
export interface CompanySpec {
  employees: number;
  departments: number;
  offices: number;
  /** Projects, with members and board stages (0: none). */
  projects: number;
  /** Tasks, with their people, tags, comments and links (0: none). */
  tasks: number;
  /** Same seed, same people, names and tree. */
  seed: number;
}

export const DEFAULT_COMPANY: CompanySpec = {
  employees: 5000,
  departments: 300,
  offices: 5,
  projects: 0,
  tasks: 0,
  seed: 1,
};

/** Bump when the generated data changes shape, so cached databases are regenerated. */
export const GENERATOR_VERSION = 2;

export interface GeneratedCompany {
  spec: CompanySpec;
  generatorVersion: number;
  migrations: string[];
  counts: Record<string, number>;
  admin: { email: string; password: string };
  /** Who task benchmarks act as and the task they read; null without tasks. */
  probe: TaskProbe | null;
  /** Wall time of the generation, ms. */
  ms: number;
}

/**
 * Creates a company in a fresh database — SQLite under `dataDir`, or PostgreSQL at `databaseUrl` —
 * after running the server's migrations. Refuses a database that already holds users.
 */
export async function generateCompany(
  target: { dataDir: string; databaseUrl?: string | undefined },
  spec: CompanySpec = DEFAULT_COMPANY,
): Promise<GeneratedCompany> {
  const startedAt = performance.now();
  const database = openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
  let raw: SqliteDatabase.Database | null = null;
  try {
    await migrateToLatest(database.db);
    const existing = await database.db.selectFrom('users').select('id').limit(1).execute();
    if (existing.length) throw new Error('the database already holds users; the generator needs a fresh one');
    const migrations = (
      await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db)
    ).rows.map((r) => r.name);

    // Production cost, like a real account: the bench signs in once per run.
    const passwordHash = await hashPassword(BENCH_ADMIN.password, { memoryCost: 19456, timeCost: 2 });
    if (database.sqlitePath) {
      raw = new SqliteDatabase(database.sqlitePath);
      // A generator run that fails is thrown away, so durability during it buys nothing.
      raw.pragma('synchronous = OFF');
      raw.pragma('cache_size = -262144');
      raw.pragma('foreign_keys = ON');
    }
    const ctx = createContext({
      db: database.db,
      dialect: database.dialect,
      seed: spec.seed,
      passwordHash,
      sqlite: raw,
    });

    const offices = await generateOffices(ctx, spec.offices);
    const departments = await generateDepartments(ctx, spec.departments, offices);
    const users = await generateUsers(ctx, spec.employees, departments);
    await assignHeads(ctx, departments);
    let events = await insertRows(ctx, 'events', [
      ...officeEvents(ctx, offices),
      ...departmentEvents(ctx, departments),
      ...userEvents(ctx, users),
    ]);
    const projects = await generateProjects(ctx, spec.projects, users, departments);
    events += await insertRows(ctx, 'events', projectEvents(ctx, projects));
    const tasks = await generateTasks(ctx, spec.tasks, users, departments, projects);
    events += tasks.counts.tasks ?? 0;
    // Leave a compact database: the WAL folded in, nothing for the servers to replay.
    raw?.pragma('wal_checkpoint(TRUNCATE)');

    // PostgreSQL's autovacuum would gather statistics within a minute anyway; do it now so runs
    // are stable. SQLite gets none: the server never runs ANALYZE, so neither does the bench.
    if (database.dialect === 'postgres') await sql`analyze`.execute(database.db);

    return {
      spec,
      generatorVersion: GENERATOR_VERSION,
      migrations,
      counts: {
        offices: offices.length,
        departments: departments.length,
        users: users.length,
        projects: projects.length,
        ...tasks.counts,
        events,
      },
      admin: { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password },
      probe: tasks.probe,
      ms: Math.round(performance.now() - startedAt),
    };
  } finally {
    raw?.close();
    await database.close();
  }
}
