/**
 * Generates a benchmark company into a fresh database.
 *
 *   tsx src/generate-company.ts --data-dir /tmp/artel-bench [--employees 5000] [--departments 300]
 *                               [--projects 2000 --tasks 1000000]
 *   tsx src/generate-company.ts --database-url postgres://postgres@127.0.0.1:5432/artel_bench_x
 *
 * Writes `bench-company.json` (the marker `run.ts` uses to reuse a database) into the data dir.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_COMPANY, generateCompany, type CompanySpec, type GeneratedCompany } from './company/index.js';

export const MARKER_FILE = 'bench-company.json';

/** Generates and, for SQLite, leaves the marker next to the database file. */
export async function generateInto(
  target: { dataDir: string; databaseUrl?: string | undefined },
  spec: CompanySpec,
): Promise<GeneratedCompany> {
  const company = await generateCompany(target, spec);
  if (!target.databaseUrl) {
    writeFileSync(path.join(target.dataDir, MARKER_FILE), `${JSON.stringify(company, null, 2)}\n`);
  }
  return company;
}

async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      employees: { type: 'string' },
      departments: { type: 'string' },
      offices: { type: 'string' },
      projects: { type: 'string' },
      tasks: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  const dataDir = values['data-dir'] ?? process.env.ARTEL_DATA_DIR;
  if (!dataDir && !databaseUrl) throw new Error('give --data-dir (SQLite) or --database-url (PostgreSQL)');
  const spec: CompanySpec = {
    employees: Number(values.employees ?? DEFAULT_COMPANY.employees),
    departments: Number(values.departments ?? DEFAULT_COMPANY.departments),
    offices: Number(values.offices ?? DEFAULT_COMPANY.offices),
    projects: Number(values.projects ?? DEFAULT_COMPANY.projects),
    tasks: Number(values.tasks ?? DEFAULT_COMPANY.tasks),
    seed: Number(values.seed ?? DEFAULT_COMPANY.seed),
  };
  const company = await generateInto({ dataDir: path.resolve(dataDir ?? '.'), databaseUrl }, spec);
  process.stdout.write(`${JSON.stringify(company, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`generate-company: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
