// Starts the built Artel server for the suite: free port, fresh data directory, demo company.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Asks the OS for a port nobody listens on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, output, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output.join('')}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok && (await res.json()).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${output.join('')}`);
}

/**
 * Starts `node server/dist/cli.js start` from the repository root (with the demo company unless
 * `demo` is false); resolves to its URL and a stop function that ends the process and removes the
 * data directory.
 */
export async function startServer(root, { demo = true } = {}) {
  const cli = join(root, 'server', 'dist', 'cli.js');
  const dataDir = await mkdtemp(join(tmpdir(), 'artel-e2e-'));
  const port = await freePort();
  const output = [];
  const child = spawn(process.execPath, [cli, 'start'], {
    cwd: root,
    env: {
      ...process.env,
      ARTEL_DATA_DIR: dataDir,
      ARTEL_DEMO: demo ? '1' : '0',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => output.push(String(d)));
  child.stderr.on('data', (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => {
        const timer = setTimeout(() => (child.kill('SIGKILL'), r(undefined)), 5000);
        child.once('exit', () => (clearTimeout(timer), r(undefined)));
      });
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, output);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}
