import { request } from 'node:http';
import type { StartedProcess } from './process.js';

export interface WaitOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** Pause between attempts (ms). */
  intervalMs?: number;
  /** Fail early, with its output, when this process exits first. */
  process?: StartedProcess;
}

/** One GET without keep-alive; resolves with the status code, or rejects on a connection error. */
export function getStatus(url: string, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Polls `url` until it answers 200. Returns the milliseconds from `since` (a `performance.now()`
 * instant, by default the process's spawn or the call) to that first 200.
 */
export async function waitForHealth(url: string, options: WaitOptions = {}): Promise<number> {
  const { timeoutMs = 30_000, intervalMs = 5, process: proc } = options;
  const since = proc?.spawnedAt ?? performance.now();
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      if ((await getStatus(url)) === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (proc?.exited()) {
      throw new Error(`${proc.name} exited before answering ${url}:\n${proc.output()}`);
    }
    if (performance.now() > deadline) {
      throw new Error(`${url} did not answer 200 within ${timeoutMs} ms${proc ? `:\n${proc.output()}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
