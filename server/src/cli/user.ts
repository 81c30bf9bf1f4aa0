import type { Command } from 'commander';
import { createUserSchema } from '@artel/common';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createUser } from '../org/commands/create-user.js';

/** `artel user create` — open an account from the shell (e.g. a first admin on a server). */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage accounts');
  user
    .command('create')
    .description('create an account')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--name <name>', 'full name')
    .option('--password <password>', 'password (or set ARTEL_NEW_PASSWORD)')
    .option('--position <position>', 'position')
    .option('--admin', 'make the account an admin', false)
    .action(async (options: { email: string; name: string; password?: string; position?: string; admin: boolean }) => {
      const input = createUserSchema.safeParse({
        email: options.email,
        name: options.name,
        password: options.password ?? process.env.ARTEL_NEW_PASSWORD,
        position: options.position,
        isAdmin: options.admin,
        crmAccess: options.admin ? 'all' : 'own',
      });
      if (!input.success) {
        throw new Error(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      }
      const config = loadConfig();
      const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrateToLatest(database.db);
        const ctx = createContext(config, database);
        const created = await createUser(ctx, null, input.data);
        process.stdout.write(`Created ${created.isAdmin ? 'admin' : 'user'} ${created.email} (${created.id})\n`);
      } finally {
        await database.close();
      }
    });
}
