import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForHealth } from './health.js';
import { freePort, startProcess, type StartedProcess } from './process.js';

/** The repository root (bench/src/harness → ../../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BENCH_ROOT = path.join(REPO_ROOT, 'bench');

/** Where a server's data lives: SQLite under `dataDir`, or PostgreSQL at `databaseUrl`. */
export interface DatabaseTarget {
  dataDir: string;
  databaseUrl?: string | undefined;
}

export interface RunningServer {
  name: string;
  url: string;
  process: StartedProcess;
  /** Milliseconds from spawn to the first 200 on the health URL. */
  startupMs: number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Extra arguments for `node` itself (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  env?: Record<string, string | undefined>;
  echo?: boolean;
  port?: number;
  /** The Artel CLI to start (default `server/dist/cli.js`), e.g. a patched copy to compare. */
  artelCli?: string;
}

async function launch(
  name: string,
  args: string[],
  env: Record<string, string | undefined>,
  options: ServerOptions,
  healthPath = '/api/health',
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const proc = startProcess({
    name,
    command: process.execPath,
    args: [...(options.nodeArgs ?? []), ...args],
    cwd: REPO_ROOT,
    env: { ...env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    echo: options.echo ?? false,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    const startupMs = await waitForHealth(`${url}${healthPath}`, { process: proc });
    return { name, url, process: proc, startupMs, stop: () => proc.stop() };
  } catch (error) {
    await proc.stop();
    throw error;
  }
}

/** `node server/dist/cli.js start` on an existing database: no demo, warnings only. */
export function startArtel(target: DatabaseTarget, options: ServerOptions = {}): Promise<RunningServer> {
  return launch(
    'artel',
    [path.resolve(REPO_ROOT, options.artelCli ?? 'server/dist/cli.js'), 'start'],
    {
      ARTEL_DATA_DIR: target.dataDir,
      DATABASE_URL: target.databaseUrl,
      ARTEL_DEMO: '0',
      ARTEL_ADMIN_EMAIL: undefined,
      ARTEL_ADMIN_PASSWORD: undefined,
      LOG_LEVEL: 'warn',
    },
    options,
  );
}

/** A reference server from `bench/src/references/`, run through tsx's loader in one process. */
export function startReference(
  file: 'hello-server' | 'same-work-server',
  target: DatabaseTarget,
  options: ServerOptions = {},
): Promise<RunningServer> {
  return launch(
    file === 'hello-server' ? 'hello' : 'same-work',
    ['--import', 'tsx', path.join(BENCH_ROOT, 'src/references', `${file}.ts`)],
    { ARTEL_DATA_DIR: target.dataDir, DATABASE_URL: target.databaseUrl },
    options,
  );
}

/** How the benchmark authenticates to Artel: the browser's session cookie, or an API token. */
export type AuthMode = 'cookie' | 'token';

/** Signs in and returns the headers every measured request carries. */
export async function signIn(
  baseUrl: string,
  credentials: { email: string; password: string },
  mode: AuthMode,
): Promise<Record<string, string>> {
  const origin = new URL(baseUrl).origin;
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(credentials),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const session = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('artel_session='));
  if (!session) throw new Error('sign-in answered without an artel_session cookie');
  if (mode === 'cookie') return { cookie: session };
  const created = await fetch(`${baseUrl}/api/v1/me/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie: session },
    body: JSON.stringify({ name: `bench ${new Date().toISOString()}` }),
  });
  if (created.status !== 200 && created.status !== 201) {
    throw new Error(`token creation failed: ${created.status} ${await created.text()}`);
  }
  const { token } = (await created.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}
