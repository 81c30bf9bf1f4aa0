import type { Command } from 'commander';
import { bootstrapAccounts } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { hasAnyUser } from '../org/users.repo.js';
import pino from 'pino';

/** `artel migrate` and `artel seed --demo`. */
export function registerDatabaseCommands(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const config = loadConfig();
      const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrateToLatest(database.db);
        process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Already up to date\n');
      } finally {
        await database.close();
      }
    });

  program
    .command('seed')
    .description('load the demo company into an empty database')
    .option('--demo', 'the demo company (the only seed there is)', true)
    .action(async () => {
      const config = loadConfig();
      const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrateToLatest(database.db);
        if (await hasAnyUser(database.db))
          throw new Error('the database already has users; the demo loads only into an empty one');
        const logins = await bootstrapAccounts(
          { ...config, demo: true, adminEmail: undefined, adminPassword: undefined },
          database,
          pino({ level: 'warn' }),
        );
        process.stdout.write(
          `Demo company loaded. Sign in:\n${logins.map((l) => `  ${l.email} / ${l.password}`).join('\n')}\n`,
        );
      } finally {
        await database.close();
      }
    });
}
