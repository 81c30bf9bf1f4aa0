import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A child process started by the harness, with the tail of its output for diagnostics. */
export interface StartedProcess {
  name: string;
  pid: number;
  child: ChildProcess;
  /** Performance-clock instant just before the spawn (ms), for start-up timing. */
  spawnedAt: number;
  /** The last few kilobytes of stdout and stderr together. */
  output(): string;
  /** Whether the process has exited. */
  exited(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Echo the child's output to this process's stderr (for debugging a benchmark). */
  echo?: boolean;
}

const OUTPUT_TAIL = 16 * 1024;

/** Spawns a server process; it gets the harness's environment plus `env`. */
export function startProcess(options: StartOptions): StartedProcess {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const spawnedAt = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${options.name}: could not spawn ${options.command}`);
  let tail = '';
  const collect = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
    if (options.echo) process.stderr.write(`[${options.name}] ${chunk.toString('utf8')}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let done = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      done = true;
      resolve();
    });
  });
  return {
    name: options.name,
    pid: child.pid,
    child,
    spawnedAt,
    output: () => tail,
    exited: () => done,
    async stop(graceMs = 5000) {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** A TCP port that was free a moment ago on the host (the OS picks it). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
