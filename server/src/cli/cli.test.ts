import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = promisify(execFile);
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'artel-cli-'));
  dirs.push(dir);
  return dir;
}

let nextPort = 3900 + Math.floor(Math.random() * 500);

/** Starts `artel start` and resolves once /api/health answers. */
async function startServer(dataDir: string, env: Record<string, string> = {}) {
  const port = nextPort++;
  const child = spawn(process.execPath, [CLI, 'start'], {
    env: { ...process.env, ARTEL_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { child, url, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start:\n${output}`);
}

async function signIn(url: string, email: string, password: string) {
  return fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('the artel command', () => {
  it('start: loads the demo, prints its logins, serves them, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const server = await startServer(dir);
    expect(server.output()).toMatch(/admin@artel\.demo \/ artel-demo/);
    expect(server.output()).toMatch(/Artel is ready at http:\/\/127\.0\.0\.1:\d+/);
    expect((await signIn(server.url, 'admin@artel.demo', 'artel-demo')).status).toBe(200);
    const exited = exitOf(server.child);
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('backup while serving, then restore into a new data dir that serves the same company', async () => {
    const dir = tempDir();
    const server = await startServer(dir);
    const snapshot = path.join(tempDir(), 'snap.db');
    const backup = await run(process.execPath, [CLI, 'backup', snapshot], {
      env: { ...process.env, ARTEL_DATA_DIR: dir },
    });
    expect(backup.stdout).toMatch(/Backup written/);
    server.child.kill('SIGTERM');
    await exitOf(server.child);

    const restoredDir = tempDir();
    await run(process.execPath, [CLI, 'restore', snapshot], { env: { ...process.env, ARTEL_DATA_DIR: restoredDir } });
    const restored = await startServer(restoredDir, { ARTEL_DEMO: '0' });
    const login = await signIn(restored.url, 'ceo@artel.demo', 'artel-demo');
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const users = (await (await fetch(`${restored.url}/api/v1/users?limit=500`, { headers: { cookie } })).json()) as {
      items: unknown[];
    };
    expect(users.items.length).toBeGreaterThanOrEqual(55);
    restored.child.kill('SIGTERM');
    await exitOf(restored.child);
  });

  it('restore refuses a file that is not a database', async () => {
    const junk = path.join(tempDir(), 'junk.db');
    await import('node:fs/promises').then((fs) => fs.writeFile(junk, 'not a database'));
    await expect(
      run(process.execPath, [CLI, 'restore', junk], { env: { ...process.env, ARTEL_DATA_DIR: tempDir() } }),
    ).rejects.toThrow();
  });

  it('user create opens an account that signs in; a bad e-mail is refused with the field named', async () => {
    const dir = tempDir();
    await run(process.execPath, [CLI, 'migrate'], { env: { ...process.env, ARTEL_DATA_DIR: dir } });
    const created = await run(
      process.execPath,
      [CLI, 'user', 'create', '--email', 'ops@example.com', '--name', 'Ops', '--password', 'long-password', '--admin'],
      { env: { ...process.env, ARTEL_DATA_DIR: dir } },
    );
    expect(created.stdout).toMatch(/Created admin ops@example.com/);
    const bad = run(
      process.execPath,
      [CLI, 'user', 'create', '--email', 'nope', '--name', 'X', '--password', 'long-password'],
      { env: { ...process.env, ARTEL_DATA_DIR: dir } },
    );
    await expect(bad).rejects.toThrow(/email/);
    const server = await startServer(dir);
    expect((await signIn(server.url, 'ops@example.com', 'long-password')).status).toBe(200);
    const demo = await signIn(server.url, 'admin@artel.demo', 'artel-demo');
    expect(demo.status).toBe(401);
    server.child.kill('SIGTERM');
    await exitOf(server.child);
  });
});
