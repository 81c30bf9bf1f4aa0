import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { bootstrapAccounts } from './bootstrap.js';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';

/** A running server and how to stop it cleanly. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/** Start-up: config → database → migrations → first accounts or demo → app → listen. */
export async function startServer(config: Config): Promise<RunningServer> {
  const startedAt = performance.now();
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database });
  const logins = await bootstrapAccounts(config, database, app.log);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  app.log.info(
    { url, database: database.dialect, ms: Math.round(performance.now() - startedAt) },
    `Artel is ready at ${url}`,
  );
  if (logins.length) {
    const lines = logins.map((l) => `  ${l.role.padEnd(9)} ${l.email} / ${l.password}`);
    // Printed plainly so a person starting the demo sees the logins among the JSON logs.
    process.stdout.write(`\nArtel is ready at ${url}\nDemo sign-in:\n${lines.join('\n')}\n\n`);
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await app.close();
      await database.close();
    })());
  return { app, url, stop };
}

/** Stops on SIGTERM/SIGINT after in-flight requests finish; a second signal exits at once. */
export function stopOnSignals(server: RunningServer): void {
  let signalled = false;
  const onSignal = (signal: string) => {
    if (signalled) process.exit(1);
    signalled = true;
    server.app.log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
