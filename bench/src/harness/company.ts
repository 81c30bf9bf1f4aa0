import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GENERATOR_VERSION, type CompanySpec, type GeneratedCompany } from '../company/index.js';
import { MARKER_FILE, generateInto } from '../generate-company.js';

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Where the SQLite company of a spec is cached between runs. */
export function companyDir(spec: CompanySpec): string {
  const tasks = spec.tasks || spec.projects ? `-p${spec.projects}-t${spec.tasks}` : '';
  return path.join(os.tmpdir(), 'artel-bench', `sqlite-e${spec.employees}-d${spec.departments}${tasks}-s${spec.seed}`);
}

/** Reuses the cached SQLite company when its marker matches, otherwise generates it. */
export async function prepareSqlite(
  spec: CompanySpec,
  regenerate: boolean,
): Promise<{ dataDir: string; company: GeneratedCompany }> {
  const dataDir = companyDir(spec);
  const marker = path.join(dataDir, MARKER_FILE);
  if (!regenerate && existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as GeneratedCompany;
    if (saved.generatorVersion === GENERATOR_VERSION && JSON.stringify(saved.spec) === JSON.stringify(spec)) {
      log(`reusing the company in ${dataDir}`);
      return { dataDir, company: saved };
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  log(`generating ${JSON.stringify(spec)} into ${dataDir}`);
  const company = await generateInto({ dataDir }, spec);
  log(`generated in ${company.ms} ms: ${JSON.stringify(company.counts)}`);
  return { dataDir, company };
}
