#!/usr/bin/env node
import { Command } from 'commander';
import { registerBackupCommands } from './cli/backup.js';
import { registerDatabaseCommands } from './cli/database.js';
import { registerUserCommands } from './cli/user.js';
import { loadConfig } from './config.js';
import { startServer, stopOnSignals } from './main.js';
import { defaultWebDir } from './cli/paths.js';

/** `artel` — one command for running and operating the portal. */
const program = new Command('artel').description('Artel corporate portal').showHelpAfterError();

program
  .command('start')
  .description('run the portal (migrates the database, loads the demo company into an empty one)')
  .action(async () => {
    const config = loadConfig();
    config.webDir ??= defaultWebDir();
    const server = await startServer(config);
    stopOnSignals(server);
  });

registerDatabaseCommands(program);
registerUserCommands(program);
registerBackupCommands(program);

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`artel: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
