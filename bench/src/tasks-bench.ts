/**
 * The tasks benchmark: a company of 5,000 employees and 2,000 projects with 10,000 and with
 * 1,000,000 tasks. For each size, in the same run, Artel's two hottest task reads against the
 * bare `node:http` hello world and the same-work server, then task creation over HTTP.
 *
 *   npm run bench:tasks -w bench                     # both sizes, SQLite
 *   npm run bench:tasks -w bench -- --sizes 10000    # one size
 *   npm run bench:tasks -w bench -- --help
 *
 * Prints a Markdown table for bench/RESULTS.md and writes the raw figures to
 * bench/results/tasks-<timestamp>.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { DEFAULT_COMPANY, EMPLOYEE_PASSWORD, type CompanySpec, type TaskProbe } from './company/index.js';
import { BENCH_ROOT, REPO_ROOT, signIn, startArtel, startReference, type RunningServer } from './harness/artel.js';
import { prepareSqlite } from './harness/company.js';
import { waitForQuiet } from './harness/cpu.js';
import { runLoad, type LoadResult } from './harness/load.js';
import { canonicalJson, machine } from './harness/machine.js';
import { memoryOf, type Memory } from './harness/memory.js';
import { formatTable, median, num, percent } from './harness/table.js';

const HELP = `npm run bench:tasks -w bench -- [options]   (each option also reads BENCH_<NAME>)

  --sizes LIST            task counts, comma list (default 10000,1000000)
  --projects N            projects (default 2000)
  --employees N           employees (default 5000)
  --duration S            measured seconds per read measurement (default 10)
  --warmup S              unmeasured seconds before the first round (default 3)
  --connections N         concurrent connections for the reads (default 32)
  --rounds N              interleaved rounds of the reads, medians reported (default 2)
  --create-duration S     measured seconds of task creation (default 10)
  --create-connections N  concurrent creations in flight (default 32)
  --only LIST             comma list of: list,one,create (default all three)
  --quiet-wait S          wait up to S s for a quiet machine before each measurement (default 30)
  --quiet-cores N         what counts as quiet (default 0.3 cores)
  --regenerate            regenerate the cached companies
  --no-build              do not run "tsc -b common server" first
  --artel-node-args ARGS  extra node arguments for Artel (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
  --artel-cli PATH        the Artel CLI to measure (default server/dist/cli.js)
  --echo                  show the servers' output
`;

function readOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      projects: { type: 'string' },
      employees: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      'create-duration': { type: 'string' },
      'create-connections': { type: 'string' },
      only: { type: 'string' },
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
  const env = (name: string) => process.env[`BENCH_${name.replaceAll('-', '_').toUpperCase()}`];
  const pick = (name: keyof typeof values, fallback: string): string => {
    const v = values[name];
    return typeof v === 'string' ? v : (env(name) ?? fallback);
  };
  const flag = (name: keyof typeof values) => values[name] === true || ['1', 'true'].includes(env(name) ?? '');
  const int = (name: keyof typeof values, fallback: number) => {
    const n = Number(pick(name, String(fallback)));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  const sizes = pick('sizes', '10000,1000000')
    .split(',')
    .map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1000)) throw new Error('--sizes: task counts of at least 1000');
  return {
    sizes,
    projects: int('projects', 2000),
    employees: int('employees', DEFAULT_COMPANY.employees),
    duration: int('duration', 10),
    warmup: int('warmup', 3),
    connections: int('connections', 32),
    rounds: Math.max(1, int('rounds', 2)),
    createDuration: int('create-duration', 10),
    createConnections: int('create-connections', 32),
    only: pick('only', 'list,one,create')
      .split(',')
      .map((s) => s.trim()),
    quietWait: int('quiet-wait', 30),
    quietCores: Number(pick('quiet-cores', '0.3')),
    regenerate: flag('regenerate'),
    build: !flag('no-build'),
    artelNodeArgs: pick('artel-node-args', '').split(' ').filter(Boolean),
    artelCli: pick('artel-cli', 'server/dist/cli.js'),
    echo: flag('echo'),
  };
}
type Options = ReturnType<typeof readOptions>;

type ServerName = 'hello' | 'same-work' | 'artel';
const SERVERS: ServerName[] = ['hello', 'same-work', 'artel'];

interface ReadMeasurement {
  size: number;
  scenario: string;
  server: ServerName;
  round: number;
  load: LoadResult;
  memoryAfter: Memory | null;
}

interface CreationResult {
  size: number;
  load: LoadResult;
  /** Rows found afterwards: tasks the run created, and their `task.created` events. */
  tasksWritten: number;
  eventsWritten: number;
  memoryAfter: Memory | null;
}

/** Title of the tasks the creation benchmark sets, so they can be found and removed afterwards. */
const CREATED_TITLE = 'Нагрузочная проверка: подготовить отчёт';

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

function scenarios(probe: TaskProbe, only: readonly string[]) {
  return [
    {
      name: 'list',
      title: 'GET /api/v1/tasks?role=responsible&limit=50',
      path: '/api/v1/tasks?role=responsible&limit=50',
    },
    { name: 'one', title: 'GET /api/v1/tasks/:id', path: `/api/v1/tasks/${probe.taskId}` },
  ].filter((s) => only.includes(s.name));
}

/** Both servers must give the same answer (byte for byte) before their speed means anything. */
async function verifySameAnswer(
  artel: RunningServer,
  sameWork: RunningServer,
  pathname: string,
  headers: Record<string, string>,
) {
  const [a, s] = await Promise.all([
    fetch(`${artel.url}${pathname}`, { headers }),
    fetch(`${sameWork.url}${pathname}`, { headers }),
  ]);
  const [aText, sText] = await Promise.all([a.text(), s.text()]);
  if (a.status !== 200 || s.status !== 200) {
    throw new Error(
      `${pathname}: artel ${a.status}, same-work ${s.status}\n${aText.slice(0, 500)}\n${sText.slice(0, 500)}`,
    );
  }
  if (aText !== sText && canonicalJson(JSON.parse(aText)) !== canonicalJson(JSON.parse(sText))) {
    throw new Error(
      `${pathname}: the same-work server's answer differs from Artel's\nartel:     ${aText.slice(0, 1500)}\nsame-work: ${sText.slice(0, 1500)}`,
    );
  }
  const parsed = JSON.parse(aText) as { items?: unknown[]; nextCursor?: string | null };
  if (parsed.items && (parsed.items.length !== 50 || !parsed.nextCursor)) {
    throw new Error(`${pathname}: expected a full page of 50 with a next cursor, got ${parsed.items.length}`);
  }
  return { bytes: Buffer.byteLength(aText), sameBytes: aText === sText, items: parsed.items?.length ?? 1 };
}

/** Counts what the creation run wrote, then removes it so the cached company stays as generated. */
function collectCreatedTasks(dataDir: string, creatorId: string): { tasks: number; events: number } {
  const db = new SqliteDatabase(path.join(dataDir, 'artel.db'));
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const created = `select id from tasks where creator_id = ? and title = ?`;
    const tasks = (db.prepare(`select count(*) as n from (${created})`).get(creatorId, CREATED_TITLE) as { n: number })
      .n;
    const events = (
      db
        .prepare(
          `select count(*) as n from events where type = 'task.created' and entity_type = 'task' and entity_id in (${created})`,
        )
        .get(creatorId, CREATED_TITLE) as { n: number }
    ).n;
    db.transaction(() => {
      db.prepare(`delete from events where entity_type = 'task' and entity_id in (${created})`).run(
        creatorId,
        CREATED_TITLE,
      );
      db.prepare(`delete from tasks where creator_id = ? and title = ?`).run(creatorId, CREATED_TITLE);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { tasks, events };
  } finally {
    db.close();
  }
}

async function quiet(options: Options) {
  if (!options.quietWait) return;
  const q = await waitForQuiet({ maxCores: options.quietCores, timeoutMs: options.quietWait * 1000 });
  if (!q.quiet) log(`  the machine stayed busy (${num(q.otherCores, 2)} cores used by others); measuring anyway`);
}

/** Task creation over HTTP: every request sets a task for a colleague, with a participant, a deadline and a tag. */
async function measureCreation(
  options: Options,
  size: number,
  artel: RunningServer,
  headers: Record<string, string>,
  probe: TaskProbe,
): Promise<CreationResult> {
  await quiet(options);
  const origin = new URL(artel.url).origin;
  const body = JSON.stringify({
    title: CREATED_TITLE,
    description: 'Собрать цифры за неделю и отправить руководителю.',
    responsibleId: probe.colleagueId,
    participantIds: [probe.userId],
    deadline: '2027-03-01T15:00:00.000Z',
    priority: 'high',
    tags: ['отчётность'],
  });
  log(`${size} tasks: creating tasks for ${options.createDuration}s with ${options.createConnections} in flight`);
  const load = await runLoad({
    url: `${artel.url}/api/v1/tasks`,
    method: 'POST',
    body,
    headers: { ...headers, origin, 'content-type': 'application/json' },
    connections: options.createConnections,
    durationSec: options.createDuration,
    warmupSec: 2,
    serverPid: artel.process.pid,
  });
  log(
    `  ${num(load.requestsPerSec)} tasks/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms, ` +
      `CPU ${num((load.serverCpuMsPerRequest ?? NaN) * 1000)} µs/task, non-2xx ${load.non2xx}`,
  );
  return { size, load, tasksWritten: 0, eventsWritten: 0, memoryAfter: memoryOf(artel.process.pid) };
}

async function measureSize(options: Options, size: number) {
  const spec: CompanySpec = {
    ...DEFAULT_COMPANY,
    employees: options.employees,
    projects: options.projects,
    tasks: size,
  };
  const { dataDir, company } = await prepareSqlite(spec, options.regenerate);
  const probe = company.probe;
  if (!probe) throw new Error('the generated company has no tasks');
  const servers: RunningServer[] = [];
  const byName = {} as Record<ServerName, RunningServer>;
  try {
    for (const name of ['artel', 'same-work', 'hello'] as const) {
      const server =
        name === 'artel'
          ? await startArtel(
              { dataDir },
              { echo: options.echo, nodeArgs: options.artelNodeArgs, artelCli: options.artelCli },
            )
          : await startReference(
              name === 'hello' ? 'hello-server' : 'same-work-server',
              { dataDir },
              { echo: options.echo },
            );
      servers.push(server);
      byName[name] = server;
    }
    const idleMemory = Object.fromEntries(SERVERS.map((n) => [n, memoryOf(byName[n].process.pid)]));
    const headers = await signIn(byName.artel.url, { email: probe.email, password: EMPLOYEE_PASSWORD }, 'cookie');
    const answers: Record<string, Awaited<ReturnType<typeof verifySameAnswer>>> = {};
    for (const s of scenarios(probe, options.only)) {
      answers[s.name] = await verifySameAnswer(byName.artel, byName['same-work'], s.path, headers);
      log(
        `${size} tasks, ${s.title}: ${answers[s.name]!.sameBytes ? 'byte-identical' : 'the same JSON'} answers (${answers[s.name]!.bytes} bytes)`,
      );
    }

    const reads: ReadMeasurement[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const s of scenarios(probe, options.only)) {
        for (const name of SERVERS) {
          await quiet(options);
          const warmupSec = round === 1 ? options.warmup : 0;
          log(`${size} tasks, round ${round}: ${name} ${s.title}`);
          const load = await runLoad({
            url: `${byName[name].url}${s.path}`,
            headers: name === 'hello' ? {} : headers,
            connections: options.connections,
            durationSec: options.duration,
            warmupSec,
            serverPid: byName[name].process.pid,
          });
          reads.push({
            size,
            scenario: s.name,
            server: name,
            round,
            load,
            memoryAfter: memoryOf(byName[name].process.pid),
          });
          log(
            `  ${num(load.requestsPerSec)} req/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms, ` +
              `CPU ${num((load.serverCpuMsPerRequest ?? NaN) * 1000)} µs/req, errors ${load.errors}, non-2xx ${load.non2xx}, ` +
              `other load ${num(load.cpu?.otherCores ?? NaN, 2)} cores`,
          );
        }
      }
    }

    const creation = options.only.includes('create')
      ? await measureCreation(options, size, byName.artel, headers, probe)
      : null;
    const finalMemory = Object.fromEntries(SERVERS.map((n) => [n, memoryOf(byName[n].process.pid)]));
    for (const server of servers.splice(0)) await server.stop();
    if (creation) {
      const written = collectCreatedTasks(dataDir, probe.userId);
      creation.tasksWritten = written.tasks;
      creation.eventsWritten = written.events;
      log(`  ${written.tasks} tasks and ${written.events} task.created events written (warm-up included)`);
    }
    return { size, company, reads, creation, answers, idleMemory, finalMemory };
  } finally {
    for (const server of servers.splice(0)) await server.stop();
  }
}

async function main() {
  const options = readOptions();
  const startedAt = new Date();
  if (options.build) {
    log('building the server (tsc -b common server)');
    const build = spawnSync('npx', ['tsc', '-b', 'common', 'server'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the server does not build');
  }
  if (!existsSync(path.resolve(REPO_ROOT, options.artelCli))) throw new Error(`${options.artelCli} is missing`);
  const results = [];
  for (const size of options.sizes) results.push(await measureSize(options, size));

  const readRows = results.flatMap((r) =>
    scenarios(r.company.probe!, options.only).flatMap((s) =>
      SERVERS.map((server) => {
        const of = (n: ServerName) => r.reads.filter((m) => m.scenario === s.name && m.server === n);
        const own = of(server);
        const ratio = (n: ServerName, value: (m: ReadMeasurement) => number, inverse = false) =>
          median(
            own.map((m) => {
              const other = of(n).find((o) => o.round === m.round);
              if (!other) return NaN;
              return inverse ? value(other) / value(m) : value(m) / value(other);
            }),
          );
        const rps = (m: ReadMeasurement) => m.load.requestsPerSec;
        const cpu = (m: ReadMeasurement) => m.load.serverCpuMsPerRequest ?? NaN;
        return {
          size: r.size,
          scenario: s.title,
          server,
          requestsPerSec: median(own.map(rps)),
          vsSameWork: ratio('same-work', rps),
          vsHello: ratio('hello', rps),
          cpuUs: median(own.map(cpu)) * 1000,
          cpuVsSameWork: ratio('same-work', cpu, true),
          p50: median(own.map((m) => m.load.latencyMs.p50)),
          p97_5: median(own.map((m) => m.load.latencyMs.p97_5)),
          p99: median(own.map((m) => m.load.latencyMs.p99)),
          errors: own.reduce((n, m) => n + m.load.errors + m.load.timeouts, 0),
          non2xx: own.reduce((n, m) => n + m.load.non2xx, 0),
          idleRssMb: r.idleMemory[server]?.rssMb ?? NaN,
          rssMb: own.at(-1)?.memoryAfter?.rssMb ?? NaN,
          peakRssMb: r.finalMemory[server]?.peakRssMb ?? NaN,
          otherCores: median(own.map((m) => m.load.cpu?.otherCores ?? NaN)),
          perRound: own.map((m) => ({
            round: m.round,
            rps: Math.round(rps(m)),
            vsSameWork: rps(m) / rps(of('same-work').find((o) => o.round === m.round)!),
          })),
        };
      }),
    ),
  );
  type ReadRow = (typeof readRows)[number];
  const readTable = formatTable<ReadRow>(readRows, [
    { header: 'Tasks', cell: (r) => num(r.size), align: 'right' },
    { header: 'Request', cell: (r) => r.scenario },
    { header: 'Server', cell: (r) => r.server },
    { header: 'req/s', cell: (r) => num(r.requestsPerSec), align: 'right' },
    { header: '÷ same-work', cell: (r) => percent(r.vsSameWork), align: 'right' },
    { header: '÷ hello', cell: (r) => percent(r.vsHello), align: 'right' },
    { header: 'CPU µs/req', cell: (r) => num(r.cpuUs), align: 'right' },
    { header: 'same-work CPU ÷ this', cell: (r) => percent(r.cpuVsSameWork), align: 'right' },
    { header: 'p50 ms', cell: (r) => num(r.p50, 1), align: 'right' },
    { header: 'p97.5 ms', cell: (r) => num(r.p97_5, 1), align: 'right' },
    { header: 'p99 ms', cell: (r) => num(r.p99, 1), align: 'right' },
    { header: 'errors / non-2xx', cell: (r) => `${r.errors} / ${r.non2xx}`, align: 'right' },
    { header: 'RSS idle → after MB', cell: (r) => `${num(r.idleRssMb)} → ${num(r.rssMb)}`, align: 'right' },
    { header: 'peak RSS MB', cell: (r) => num(r.peakRssMb), align: 'right' },
    { header: 'other load (cores)', cell: (r) => num(r.otherCores, 2), align: 'right' },
  ]);
  const createRows = results.flatMap((r) => (r.creation ? [r.creation] : []));
  const createTable = formatTable<CreationResult>(createRows, [
    { header: 'Tasks in the database', cell: (r) => num(r.size), align: 'right' },
    { header: 'created/s', cell: (r) => num(r.load.requestsPerSec), align: 'right' },
    { header: 'CPU µs/task', cell: (r) => num((r.load.serverCpuMsPerRequest ?? NaN) * 1000), align: 'right' },
    { header: 'p50 ms', cell: (r) => num(r.load.latencyMs.p50, 1), align: 'right' },
    { header: 'p97.5 ms', cell: (r) => num(r.load.latencyMs.p97_5, 1), align: 'right' },
    { header: 'p99 ms', cell: (r) => num(r.load.latencyMs.p99, 1), align: 'right' },
    {
      header: 'errors / non-2xx',
      cell: (r) => `${r.load.errors + r.load.timeouts} / ${r.load.non2xx}`,
      align: 'right',
    },
    {
      header: 'tasks / events written',
      cell: (r) => `${num(r.tasksWritten)} / ${num(r.eventsWritten)}`,
      align: 'right',
    },
    { header: 'RSS after MB', cell: (r) => num(r.memoryAfter?.rssMb ?? NaN), align: 'right' },
    { header: 'other load (cores)', cell: (r) => num(r.load.cpu?.otherCores ?? NaN, 2), align: 'right' },
  ]);
  const host = machine();
  const command = `npm run bench:tasks -w bench -- ${process.argv.slice(2).join(' ')}`.trim();
  const answers = results
    .flatMap((r) =>
      scenarios(r.company.probe!, options.only).map((s) => {
        const a = r.answers[s.name]!;
        return `${num(r.size)} tasks, ${s.title} → ${a.items === 1 ? 'one task' : `${a.items} tasks`}, ${num(a.bytes)} bytes (${a.sameBytes ? 'byte-identical' : 'same JSON'})`;
      }),
    )
    .join('; ');
  const summary = [
    `- Date: ${startedAt.toISOString()} · Machine: ${host.cores} × ${host.cpu}, ${host.memoryGb} GB, ${host.os} · Node ${host.node}${host.commit ? ` · commit ${host.commit}` : ''}`,
    `- Database: SQLite, ${options.employees} employees, 300 departments, ${options.projects} projects; ${options.sizes.map((n) => num(n)).join(' and ')} tasks`,
    `- Reads: autocannon in the harness process, ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s measured, ${options.rounds} interleaved round(s) (medians; ratios within each round); signed in with a session cookie as a department head (not an admin)`,
    `- Creation: POST /api/v1/tasks, ${options.createConnections} in flight, 2 s warm-up + ${options.createDuration} s measured; each task with its people, tag and \`task.created\` event in its own savepoint, answered after the commit of the transaction it shares with the creations that arrived with it`,
    `- Answers: ${answers}`,
    '',
    readTable,
    '',
    createTable,
  ].join('\n');
  const resultsDir = path.join(BENCH_ROOT, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(
    resultsDir,
    `tasks-${startedAt
      .toISOString()
      .replaceAll(':', '-')
      .replace(/\.\d+Z$/, 'Z')}.json`,
  );
  writeFileSync(
    file,
    `${JSON.stringify({ date: startedAt.toISOString(), command, machine: host, options, readRows, createRows, results, markdown: summary }, null, 2)}\n`,
  );
  process.stdout.write(`\n${summary}\n\nCommand: ${command}\nRaw results: ${path.relative(REPO_ROOT, file)}\n`);
  const failures = [
    ...readRows.filter((r) => r.errors || r.non2xx).map((r) => `${r.server} ${r.scenario} at ${r.size}`),
    ...createRows.filter((r) => r.load.errors || r.load.non2xx).map((r) => `creation at ${r.size}`),
  ];
  if (failures.length) throw new Error(`errors or non-2xx answers in: ${failures.join(', ')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:tasks: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
