import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import { createContext } from './context.js';
import type { Database } from './db/database.js';
import { DEMO_PASSWORD, loadDemoCompany } from './demo/load-demo.js';
import { createUser } from './org/commands/create-user.js';
import { hasAnyUser } from './org/users.repo.js';

/** A login to print at start so a person can sign in to a fresh demo. */
export interface PrintedLogin {
  role: string;
  email: string;
  password: string;
}

/**
 * On an empty database: create the admin from ARTEL_ADMIN_EMAIL/PASSWORD, or load the demo
 * company (ARTEL_DEMO=1, or by default when no admin is configured). Otherwise the first-run page
 * creates the first admin. Returns the demo logins to print.
 */
export async function bootstrapAccounts(
  config: Config,
  database: Database,
  log: FastifyBaseLogger,
): Promise<PrintedLogin[]> {
  if (await hasAnyUser(database.db)) return [];
  const ctx = createContext(config, database);
  if (config.adminEmail && config.adminPassword) {
    await createUser(ctx, null, {
      email: config.adminEmail,
      name: 'Administrator',
      password: config.adminPassword,
      isAdmin: true,
      crmAccess: 'all',
    });
    log.info({ email: config.adminEmail }, 'created the admin account from the environment');
  }
  const wantDemo = config.demo ?? !config.adminEmail;
  if (!wantDemo) return [];
  const demo = await loadDemoCompany(ctx);
  log.info({ employees: demo.employees, projects: demo.projects, tasks: demo.tasks }, 'loaded the demo company');
  return demo.logins.map((l) => ({ ...l, password: DEMO_PASSWORD }));
}
