import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU counters (USER_HZ; 100 on every mainstream Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time a process has used so far (all its threads, user + system), in ms; null if unreadable. */
export function cpuTimeOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * CPU time used so far by each process with this command name (e.g. `postgres`: the local
 * database server's backends), in ms by process id.
 */
export function cpuTimesOfCommand(command: string): Map<number, number> {
  const times = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (name !== command) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // gone meanwhile
    }
  }
  return times;
}

/**
 * CPU used between two snapshots by the processes alive at the second one (a process started in
 * between counts from zero; one that ended in between is lost, which for idle pooled connections
 * closing is nothing).
 */
function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += Math.max(0, ms - (before.get(pid) ?? 0));
  return total;
}

/** Busy and total CPU time of the whole machine so far, in ms (from /proc/stat). */
export function machineCpu(): { busyMs: number; totalMs: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...values] = line.trim().split(/\s+/);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = values.map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    return { busyMs: (busy * 1000) / TICKS_PER_SECOND, totalMs: ((busy + idle + iowait) * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** What a stretch of time cost in CPU: the server's, the harness's own, and everyone else's. */
export interface CpuUsage {
  /** The measured server's CPU time, ms. */
  serverMs: number;
  /** This process's CPU time (the load generator), ms. */
  harnessMs: number;
  /** The local database server's CPU time (processes named `databaseCommand`), ms; 0 without. */
  databaseMs: number;
  /** CPU time of all other processes on the machine, in cores on average (0 = a quiet machine). */
  otherCores: number;
}

/** Starts accounting; call the returned function at the end of the stretch. */
export function startCpuAccounting(serverPid: number, databaseCommand?: string): () => CpuUsage | null {
  const wallStart = performance.now();
  const server0 = cpuTimeOf(serverPid);
  const database0 = databaseCommand ? cpuTimesOfCommand(databaseCommand) : new Map<number, number>();
  const self0 = process.cpuUsage();
  const machine0 = machineCpu();
  return () => {
    const server1 = cpuTimeOf(serverPid);
    const database1 = databaseCommand ? cpuTimesOfCommand(databaseCommand) : new Map<number, number>();
    const self = process.cpuUsage(self0);
    const machine1 = machineCpu();
    if (server0 === null || server1 === null || !machine0 || !machine1) return null;
    const serverMs = server1 - server0;
    const harnessMs = (self.user + self.system) / 1000;
    const databaseMs = cpuBetween(database0, database1);
    const wallMs = performance.now() - wallStart;
    const otherMs = machine1.busyMs - machine0.busyMs - serverMs - harnessMs - databaseMs;
    return { serverMs, harnessMs, databaseMs, otherCores: Math.max(0, otherMs / wallMs) };
  };
}

/** How busy the rest of the machine was while the harness waited for a quiet moment. */
export interface QuietWait {
  waitedMs: number;
  /** Other processes' CPU in the last sample, in cores. */
  otherCores: number;
  quiet: boolean;
}

/**
 * Waits (at most `timeoutMs`) until the machine's CPU use by everything but this process stays
 * under `maxCores` for one `sampleMs` sample, so a measurement does not start while other work
 * (a build, a browser test) occupies the cores. Returns how long it waited and the last level.
 */
export async function waitForQuiet(
  options: { maxCores?: number; sampleMs?: number; timeoutMs?: number } = {},
): Promise<QuietWait> {
  const { maxCores = 0.2, sampleMs = 1000, timeoutMs = 60_000 } = options;
  const start = performance.now();
  for (;;) {
    const machine0 = machineCpu();
    const self0 = process.cpuUsage();
    const t0 = performance.now();
    await new Promise((resolve) => setTimeout(resolve, sampleMs));
    const machine1 = machineCpu();
    const self = process.cpuUsage(self0);
    if (!machine0 || !machine1) return { waitedMs: 0, otherCores: NaN, quiet: false };
    const otherMs = machine1.busyMs - machine0.busyMs - (self.user + self.system) / 1000;
    const otherCores = Math.max(0, otherMs / (performance.now() - t0));
    const waitedMs = performance.now() - start;
    if (otherCores <= maxCores) return { waitedMs, otherCores, quiet: true };
    if (waitedMs >= timeoutMs) return { waitedMs, otherCores, quiet: false };
  }
}
