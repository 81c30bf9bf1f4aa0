import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import * as foundation from './migrations/2026-11-28T00-00_foundation.js';
import * as projectsTasks from './migrations/2026-11-29T00-00_projects_tasks.js';

/** Every migration, by its frozen name. Listed explicitly so the build needs no file scanning. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28T00-00_foundation': foundation,
  '2026-11-29T00-00_projects_tasks': projectsTasks,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/** Brings the schema up to date; throws with the failing migration's error. */
// Migrations see the schema as it was when each was written, not today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
