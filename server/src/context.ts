import type { FastifyInstance, RawServerDefault, FastifyBaseLogger } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { groupCommit, type Writes } from './db/group-commit.js';
import type { DB } from './db/schema.js';
import { OrgTreeCache } from './org/org-tree-cache.js';
import { localFileStorage, type FileStorage } from './storage/file-storage.js';

/** What every domain's routes are given: explicit dependencies, no service locator. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  orgTree: OrgTreeCache;
  storage: FileStorage;
  /** Transactions for frequent writes (task creation): grouped on SQLite, see `group-commit.ts`. */
  writes: Writes;
}

/** The Fastify instance with zod typing, as domain route modules receive it. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Wires the dependencies once; the app, the CLI and the tests all build their context here. */
export function createContext(config: Config, database: Database, storage?: FileStorage): AppContext {
  return {
    config,
    database,
    db: database.db,
    orgTree: new OrgTreeCache(database.db),
    storage: storage ?? localFileStorage(config.dataDir),
    writes: groupCommit(database.db, database.dialect),
  };
}
