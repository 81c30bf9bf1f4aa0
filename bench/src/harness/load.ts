import autocannon from 'autocannon';
import { startCpuAccounting, type CpuUsage } from './cpu.js';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  /** Concurrent keep-alive connections. */
  connections: number;
  /** Measured seconds. */
  durationSec: number;
  /** Seconds of the same load first, not measured (JIT, caches, connection set-up). */
  warmupSec?: number;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: string;
  /** The server's process id, to account its CPU time per request during the measured part. */
  serverPid?: number;
  /** Command name of a local database server's processes (`postgres`), to account its CPU too. */
  databaseCommand?: string;
}

/** What one load run measured. Latencies in milliseconds. */
export interface LoadResult {
  url: string;
  connections: number;
  durationSec: number;
  requests: number;
  requestsPerSec: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number; mean: number };
  bytesPerSec: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** Answers other than 2xx. */
  non2xx: number;
  /** CPU time during the measured part (null without `serverPid`). */
  cpu: CpuUsage | null;
  /**
   * The server's CPU milliseconds per answered request: its cost, much steadier than req/s on a
   * machine where other work competes for the cores.
   */
  serverCpuMsPerRequest: number | null;
  /** The local database server's CPU milliseconds per request (null when not accounted). */
  databaseCpuMsPerRequest: number | null;
}

function fire(options: LoadOptions, durationSec: number): Promise<autocannon.Result> {
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration: durationSec,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body === undefined ? {} : { body: options.body }),
  });
}

/** Warms up, then runs autocannon in this process against `url` for a fixed time. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSec && options.warmupSec > 0) await fire(options, options.warmupSec);
  const stopAccounting =
    options.serverPid === undefined ? null : startCpuAccounting(options.serverPid, options.databaseCommand);
  const r = await fire(options, options.durationSec);
  const cpu = stopAccounting?.() ?? null;
  return {
    url: options.url,
    connections: options.connections,
    durationSec: r.duration,
    requests: r.requests.total,
    requestsPerSec: r.requests.total / r.duration,
    latencyMs: {
      p50: r.latency.p50,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      max: r.latency.max,
      mean: r.latency.mean,
    },
    bytesPerSec: r.throughput.mean,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    cpu,
    serverCpuMsPerRequest: cpu && r.requests.total ? cpu.serverMs / r.requests.total : null,
    databaseCpuMsPerRequest:
      cpu && options.databaseCommand && r.requests.total ? cpu.databaseMs / r.requests.total : null,
  };
}
