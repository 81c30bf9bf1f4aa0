/**
 * The directory benchmark: Artel's `GET /api/v1/users` against two references measured in the
 * same run on the same machine — a bare `node:http` hello world (the ceiling for any request)
 * and the same-work server (`node:http` + one prepared statement + `JSON.stringify`).
 *
 *   npm run bench                         # SQLite, 5,000 employees, 10 s per measurement
 *   npm run bench -- --db postgres        # a throw-away PostgreSQL database
 *   npm run bench -- --help               # every option
 *
 * Prints a Markdown table for bench/RESULTS.md and writes the raw figures to
 * bench/results/<timestamp>.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_ADMIN, DEFAULT_COMPANY, type CompanySpec } from './company/index.js';
import { generateInto } from './generate-company.js';
import {
  BENCH_ROOT,
  REPO_ROOT,
  signIn,
  startArtel,
  startReference,
  type AuthMode,
  type DatabaseTarget,
  type RunningServer,
} from './harness/artel.js';
import { prepareSqlite } from './harness/company.js';
import { waitForQuiet, type QuietWait } from './harness/cpu.js';
import { canonicalJson, machine } from './harness/machine.js';
import { runLoad, type LoadResult } from './harness/load.js';
import { memoryOf, type Memory } from './harness/memory.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './harness/postgres.js';
import { formatTable, median, num, percent } from './harness/table.js';

const HELP = `npm run bench -- [options]   (each option also reads BENCH_<NAME>, e.g. BENCH_DURATION=30)

  --db sqlite|postgres    database (default sqlite)
  --pg-url URL            PostgreSQL to create the throw-away database in
                          (default postgres://postgres@127.0.0.1:5432/postgres)
  --employees N           company size (default 5000; 300 departments, 5 offices)
  --duration S            measured seconds per server and scenario (default 10)
  --warmup S              unmeasured seconds before each measurement (default 3)
  --connections N         concurrent connections (default 20)
  --rounds N              repeat all measurements N times, report medians (default 1)
  --q TEXT                the search fragment (default "ова")
  --limit N               page size (default 50)
  --auth cookie|token     how Artel is called (default cookie)
  --scenarios LIST        comma list of: search,page (default both)
  --servers LIST          comma list of: hello,same-work,artel (default all three)
  --startup-runs N        start-up measurements (default 5; 0 skips)
  --quiet-wait S          before each measurement wait up to S seconds for the other processes on
                          the machine to use under --quiet-cores (default 60; 0 does not wait)
  --quiet-cores N         what counts as quiet (default 0.2 cores)
  --regenerate            regenerate the cached SQLite company
  --no-build              do not run "tsc -b common server" first
  --artel-node-args ARGS  extra node arguments for the Artel server,
                          e.g. --artel-node-args="--cpu-prof --cpu-prof-dir=/tmp/prof"
  --artel-cli PATH        the Artel CLI to measure (default server/dist/cli.js), e.g. a patched copy
  --echo                  show the servers' output
`;

interface Options {
  db: 'sqlite' | 'postgres';
  pgUrl: string;
  employees: number;
  duration: number;
  warmup: number;
  connections: number;
  rounds: number;
  q: string;
  limit: number;
  auth: AuthMode;
  scenarios: string[];
  servers: ServerName[];
  startupRuns: number;
  quietWait: number;
  quietCores: number;
  regenerate: boolean;
  build: boolean;
  artelNodeArgs: string[];
  artelCli: string;
  echo: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      'pg-url': { type: 'string' },
      employees: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      q: { type: 'string' },
      limit: { type: 'string' },
      auth: { type: 'string' },
      scenarios: { type: 'string' },
      servers: { type: 'string' },
      'startup-runs': { type: 'string' },
      'quiet-wait': { type: 'string' },
      'quiet-cores': { type: 'string' },
      regenerate: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      'artel-node-args': { type: 'string' },
      'artel-cli': { type: 'string' },
      echo: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const pick = (name: keyof typeof values, fallback: string): string => {
    const v = values[name];
    if (typeof v === 'string') return v;
    return process.env[`BENCH_${name.replaceAll('-', '_').toUpperCase()}`] ?? fallback;
  };
  const flag = (name: keyof typeof values) =>
    values[name] === true ||
    ['1', 'true'].includes(process.env[`BENCH_${name.replaceAll('-', '_').toUpperCase()}`] ?? '');
  const int = (name: keyof typeof values, fallback: number) => {
    const n = Number(pick(name, String(fallback)));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  const db = pick('db', 'sqlite');
  if (db !== 'sqlite' && db !== 'postgres') throw new Error('--db must be sqlite or postgres');
  const auth = pick('auth', 'cookie');
  if (auth !== 'cookie' && auth !== 'token') throw new Error('--auth must be cookie or token');
  const scenarios = pick('scenarios', 'search,page')
    .split(',')
    .map((s) => s.trim());
  for (const s of scenarios) if (!SCENARIOS[s]) throw new Error(`unknown scenario ${s}`);
  const servers = pick('servers', SERVER_ORDER.join(','))
    .split(',')
    .map((v) => v.trim()) as ServerName[];
  for (const v of servers) if (!SERVER_ORDER.includes(v)) throw new Error(`unknown server ${v}`);
  return {
    db,
    pgUrl: pick('pg-url', 'postgres://postgres@127.0.0.1:5432/postgres'),
    employees: int('employees', DEFAULT_COMPANY.employees),
    duration: int('duration', 10),
    warmup: int('warmup', 3),
    connections: int('connections', 20),
    rounds: Math.max(1, int('rounds', 1)),
    q: pick('q', 'ова'),
    limit: int('limit', 50),
    auth,
    scenarios,
    servers: SERVER_ORDER.filter((n) => servers.includes(n)),
    startupRuns: int('startup-runs', 5),
    quietWait: int('quiet-wait', 60),
    quietCores: Number(pick('quiet-cores', '0.2')),
    regenerate: flag('regenerate'),
    build: !flag('no-build'),
    artelNodeArgs: pick('artel-node-args', '').split(' ').filter(Boolean),
    artelCli: pick('artel-cli', 'server/dist/cli.js'),
    echo: flag('echo'),
  };
}

/** What is measured: a name and the request path (the same on all three servers). */
const SCENARIOS: Record<string, (o: Options) => { title: string; path: string }> = {
  search: (o) => ({
    title: `GET /api/v1/users?q=${o.q}&limit=${o.limit}`,
    path: `/api/v1/users?q=${encodeURIComponent(o.q)}&limit=${o.limit}`,
  }),
  page: (o) => ({ title: `GET /api/v1/users?limit=${o.limit}`, path: `/api/v1/users?limit=${o.limit}` }),
};

type ServerName = 'hello' | 'same-work' | 'artel';
const SERVER_ORDER: ServerName[] = ['hello', 'same-work', 'artel'];

interface Measurement {
  scenario: string;
  server: ServerName;
  round: number;
  load: LoadResult;
  memoryAfter: Memory | null;
  /** The wait for a quiet machine before this measurement (null when not waiting). */
  quiet: QuietWait | null;
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Fetches a path from both servers and insists on identical bodies: the same work, really. */
async function verifySameAnswer(
  artel: RunningServer,
  sameWork: RunningServer,
  pathname: string,
  headers: Record<string, string>,
  limit: number,
) {
  const [a, s] = await Promise.all([
    fetch(`${artel.url}${pathname}`, { headers }),
    fetch(`${sameWork.url}${pathname}`),
  ]);
  const [aText, sText] = await Promise.all([a.text(), s.text()]);
  if (a.status !== 200 || s.status !== 200) {
    throw new Error(
      `${pathname}: artel ${a.status}, same-work ${s.status}\n${aText.slice(0, 500)}\n${sText.slice(0, 500)}`,
    );
  }
  // Byte-identical, or at least the same JSON: PostgreSQL's jsonb keeps object keys in its own
  // order, which the same-work server passes through while Artel may rebuild the objects.
  const sameBytes = aText === sText;
  if (!sameBytes && canonicalJson(JSON.parse(aText)) !== canonicalJson(JSON.parse(sText))) {
    throw new Error(
      `${pathname}: the same-work server's answer differs from Artel's\nartel:     ${aText.slice(0, 800)}\nsame-work: ${sText.slice(0, 800)}`,
    );
  }
  const page = JSON.parse(aText) as { items: unknown[]; nextCursor: string | null };
  if (page.items.length !== limit || !page.nextCursor) {
    throw new Error(`${pathname}: expected a full page of ${limit} with a next cursor, got ${page.items.length}`);
  }
  return {
    bytes: Buffer.byteLength(aText),
    sameWorkBytes: Buffer.byteLength(sText),
    items: page.items.length,
    sameBytes,
  };
}

/** Spawns `artel start` on the existing database `runs` times; ms from spawn to the first 200. */
async function measureStartup(
  target: DatabaseTarget,
  runs: number,
  options: { echo: boolean; artelCli: string; quietWait: number; quietCores: number },
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (options.quietWait) await waitForQuiet({ maxCores: options.quietCores, timeoutMs: options.quietWait * 1000 });
    const server = await startArtel(target, options);
    times.push(server.startupMs);
    await server.stop();
  }
  return times;
}

async function main() {
  const options = readOptions();
  const startedAt = new Date();
  if (options.build) {
    log('building the server (tsc -b common server)');
    const build = spawnSync('npx', ['tsc', '-b', 'common', 'server'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the server does not build');
  }
  if (!existsSync(path.resolve(REPO_ROOT, options.artelCli))) {
    throw new Error(`${options.artelCli} is missing: run "npx tsc -b common server" first`);
  }

  const spec: CompanySpec = { ...DEFAULT_COMPANY, employees: options.employees };
  let temporary: TemporaryDatabase | undefined;
  let target: DatabaseTarget;
  const servers: RunningServer[] = [];
  let result: unknown;
  const cleanUp = async () => {
    for (const server of servers.splice(0)) await server.stop();
    if (temporary) {
      const { name } = temporary;
      await temporary.drop();
      temporary = undefined;
      rmSync(path.join(os.tmpdir(), 'artel-bench', name), { recursive: true, force: true });
      log(`dropped ${name}`);
    }
  };
  // Interrupted: stop the servers and drop the throw-away database before leaving.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    if (options.db === 'postgres') {
      temporary = await createTemporaryDatabase(options.pgUrl);
      const dataDir = path.join(os.tmpdir(), 'artel-bench', temporary.name);
      target = { dataDir, databaseUrl: temporary.url };
      log(`generating ${spec.employees} employees into PostgreSQL ${temporary.name}`);
      const company = await generateInto(target, spec);
      log(`generated in ${company.ms} ms: ${JSON.stringify(company.counts)}`);
    } else {
      target = { dataDir: (await prepareSqlite(spec, options.regenerate)).dataDir };
    }

    const serverOptions = { echo: options.echo };
    const serverNames = options.servers;
    const byName: Partial<Record<ServerName, RunningServer>> = {};
    // The same-work server is always started: it is what proves Artel's answers right.
    for (const name of ['artel', 'same-work', 'hello'] as const) {
      if (name !== 'same-work' && !serverNames.includes(name)) continue;
      const server =
        name === 'artel'
          ? await startArtel(target, { ...serverOptions, nodeArgs: options.artelNodeArgs, artelCli: options.artelCli })
          : await startReference(name === 'hello' ? 'hello-server' : 'same-work-server', target, serverOptions);
      servers.push(server);
      byName[name] = server;
    }
    const running = (n: ServerName) => byName[n]!;
    const idleMemory = Object.fromEntries(serverNames.map((n) => [n, memoryOf(running(n).process.pid)]));
    log(`servers up: ${servers.map((s) => `${s.name} ${s.url}`).join(', ')}`);

    const authHeaders = byName.artel ? await signIn(byName.artel.url, BENCH_ADMIN, options.auth) : {};
    const scenarios = options.scenarios.map((name) => ({ name, ...SCENARIOS[name]!(options) }));
    const answers: Record<string, Awaited<ReturnType<typeof verifySameAnswer>>> = {};
    if (byName.artel) {
      for (const s of scenarios) {
        answers[s.name] = await verifySameAnswer(
          byName.artel,
          running('same-work'),
          s.path,
          authHeaders,
          options.limit,
        );
        const a = answers[s.name]!;
        log(
          `${s.title}: ${a.sameBytes ? 'byte-identical' : 'the same JSON (keys in another order)'} answers from Artel and same-work (${a.bytes} bytes)`,
        );
      }
    }

    const measurements: Measurement[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const s of scenarios) {
        for (const name of serverNames) {
          const server = running(name);
          const quiet = options.quietWait
            ? await waitForQuiet({ maxCores: options.quietCores, timeoutMs: options.quietWait * 1000 })
            : null;
          if (quiet && !quiet.quiet) {
            log(`  the machine stayed busy (${num(quiet.otherCores, 2)} cores used by others); measuring anyway`);
          }
          // Warm-up once per server and request: later rounds find the JIT and caches warm.
          const warmupSec = round === 1 ? options.warmup : 0;
          log(
            `round ${round}: ${name} ${s.title} (${warmupSec}s warm-up + ${options.duration}s, ${options.connections} connections)`,
          );
          const load = await runLoad({
            url: `${server.url}${s.path}`,
            headers: name === 'artel' ? authHeaders : {},
            connections: options.connections,
            durationSec: options.duration,
            warmupSec,
            serverPid: server.process.pid,
            ...(options.db === 'postgres' ? { databaseCommand: 'postgres' } : {}),
          });
          const memoryAfter = memoryOf(server.process.pid);
          measurements.push({ scenario: s.name, server: name, round, load, memoryAfter, quiet });
          log(
            `  ${num(load.requestsPerSec)} req/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms, ` +
              `errors ${load.errors}, non-2xx ${load.non2xx}, server CPU ${num((load.serverCpuMsPerRequest ?? NaN) * 1000)} µs/req, ` +
              (load.databaseCpuMsPerRequest === null
                ? ''
                : `PostgreSQL CPU ${num(load.databaseCpuMsPerRequest * 1000)} µs/req, `) +
              `other load ${num(load.cpu?.otherCores ?? NaN, 2)} cores`,
          );
        }
      }
    }
    const finalMemory = Object.fromEntries(serverNames.map((n) => [n, memoryOf(running(n).process.pid)]));
    for (const server of servers.splice(0)) await server.stop();

    log(`start-up: ${options.startupRuns} runs of "node ${options.artelCli} start" on the existing database`);
    const startupMs = await measureStartup(target, options.startupRuns, options);

    const rows = scenarios.flatMap((s) =>
      serverNames.map((server) => {
        const of = (n: ServerName) => measurements.filter((m) => m.scenario === s.name && m.server === n);
        const own = of(server);
        const last = own.at(-1)!;
        // Ratios are taken within each round (the servers measured minutes apart at most, under
        // the same conditions), then the median over rounds.
        const ratio = (n: ServerName, value: (m: Measurement) => number, inverse = false) =>
          median(
            own.map((m) => {
              const other = of(n).find((o) => o.round === m.round);
              if (!other) return NaN;
              return inverse ? value(other) / value(m) : value(m) / value(other);
            }),
          );
        const rps = (m: Measurement) => m.load.requestsPerSec;
        const cpu = (m: Measurement) => m.load.serverCpuMsPerRequest ?? NaN;
        return {
          scenario: s.title,
          server,
          requestsPerSec: median(own.map(rps)),
          vsSameWork: ratio('same-work', rps),
          vsHello: ratio('hello', rps),
          serverCpuUsPerRequest: median(own.map(cpu)) * 1000,
          databaseCpuUsPerRequest: median(own.map((m) => m.load.databaseCpuMsPerRequest ?? NaN)) * 1000,
          cpuVsSameWork: ratio('same-work', cpu, true),
          otherCores: median(own.map((m) => m.load.cpu?.otherCores ?? NaN)),
          latencyMs: {
            p50: median(own.map((m) => m.load.latencyMs.p50)),
            p97_5: median(own.map((m) => m.load.latencyMs.p97_5)),
            p99: median(own.map((m) => m.load.latencyMs.p99)),
          },
          errors: own.reduce((n, m) => n + m.load.errors + m.load.timeouts, 0),
          non2xx: own.reduce((n, m) => n + m.load.non2xx, 0),
          rssMb: last.memoryAfter?.rssMb ?? NaN,
          peakRssMb: finalMemory[server]?.peakRssMb ?? NaN,
          idleRssMb: idleMemory[server]?.rssMb ?? NaN,
        };
      }),
    );
    type Row = (typeof rows)[number];
    const table = formatTable<Row>(rows, [
      { header: 'Request', cell: (r) => r.scenario },
      { header: 'Server', cell: (r) => r.server },
      { header: 'req/s', cell: (r) => num(r.requestsPerSec), align: 'right' },
      { header: '÷ same-work', cell: (r) => percent(r.vsSameWork), align: 'right' },
      { header: '÷ hello', cell: (r) => percent(r.vsHello), align: 'right' },
      { header: 'CPU µs/req', cell: (r) => num(r.serverCpuUsPerRequest), align: 'right' },
      { header: 'same-work CPU ÷ this', cell: (r) => percent(r.cpuVsSameWork), align: 'right' },
      ...(options.db === 'postgres'
        ? [
            {
              header: 'PostgreSQL CPU µs/req',
              cell: (r: Row) => num(r.databaseCpuUsPerRequest),
              align: 'right' as const,
            },
          ]
        : []),
      { header: 'p50 ms', cell: (r) => num(r.latencyMs.p50, 1), align: 'right' },
      { header: 'p97.5 ms', cell: (r) => num(r.latencyMs.p97_5, 1), align: 'right' },
      { header: 'p99 ms', cell: (r) => num(r.latencyMs.p99, 1), align: 'right' },
      { header: 'errors / non-2xx', cell: (r) => `${r.errors} / ${r.non2xx}`, align: 'right' },
      { header: 'RSS idle → after MB', cell: (r) => `${num(r.idleRssMb)} → ${num(r.rssMb)}`, align: 'right' },
      { header: 'peak RSS MB', cell: (r) => num(r.peakRssMb), align: 'right' },
      { header: 'other load (cores)', cell: (r) => num(r.otherCores, 2), align: 'right' },
    ]);
    const host = machine();
    const startup = {
      runs: startupMs.map((ms) => Math.round(ms)),
      medianMs: Math.round(median(startupMs)),
    };
    const command = `npm run bench -w bench -- ${process.argv.slice(2).join(' ')}`.trim();
    const summary = [
      `- Date: ${startedAt.toISOString()} · Machine: ${host.cores} × ${host.cpu}, ${host.memoryGb} GB, ${host.os} · Node ${host.node}${host.commit ? ` · commit ${host.commit}` : ''}`,
      `- Database: ${options.db === 'postgres' ? 'PostgreSQL (throw-away database on 127.0.0.1)' : 'SQLite'}, ${spec.employees} employees, ${spec.departments} departments, ${spec.offices} offices`,
      `- Load: autocannon in the harness process, ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s measured, ${options.rounds} interleaved round(s) (medians; ratios within each round); Artel called with ${options.auth === 'cookie' ? 'a session cookie' : 'a bearer token'}`,
      byName.artel
        ? `- Answers: ${scenarios
            .map((s) => {
              const a = answers[s.name]!;
              const same = a.sameBytes
                ? 'byte-identical'
                : `same JSON, keys in another order; same-work ${num(a.sameWorkBytes)} bytes`;
              return `${s.title} → ${a.items} people, ${num(a.bytes)} bytes (Artel and same-work ${same})`;
            })
            .join('; ')}`
        : '- Answers: not compared (Artel not measured)',
      '',
      table,
      '',
      startup.runs.length
        ? `Start-up to serving (spawn → first 200 on /api/health, existing database): median ${startup.medianMs} ms over ${startup.runs.length} runs (${startup.runs.join(', ')} ms)`
        : 'Start-up: not measured',
    ].join('\n');

    const failures = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
    result = {
      date: startedAt.toISOString(),
      command,
      machine: host,
      options,
      company: spec,
      answers,
      rows,
      measurements,
      idleMemory,
      finalMemory,
      startup,
      markdown: summary,
    };
    const resultsDir = path.join(BENCH_ROOT, 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(
      resultsDir,
      `${startedAt
        .toISOString()
        .replaceAll(':', '-')
        .replace(/\.\d+Z$/, 'Z')}.json`,
    );
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`\n${summary}\n\nCommand: ${command}\nRaw results: ${path.relative(REPO_ROOT, file)}\n`);
    if (failures.length) {
      throw new Error(`errors or non-2xx answers in: ${failures.map((r) => `${r.server} ${r.scenario}`).join(', ')}`);
    }
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
