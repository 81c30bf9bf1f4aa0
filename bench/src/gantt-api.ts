/**
 * The Gantt API over HTTP, on the compiled server (`artel start`): a project of 5,000 tasks and
 * 5,000 links, then
 *   - `GET /api/v1/projects/:id/gantt` (tasks, links, critical path, slack, at risk), goal < 150 ms;
 *   - `PATCH /api/v1/tasks/:id` moving the head of a 1,000-task finish-to-start chain one day
 *     later, which shifts all 1,000 dependants with their events, goal < 200 ms;
 *   - `GET /api/v1/projects/:id/progress` (figures, burndown from the event log), for reference.
 * One request at a time, so the figures are latencies, not throughput.
 *
 *   npx tsc -b common server && npx tsx bench/src/gantt-api.ts            # SQLite
 *   npx tsx bench/src/gantt-api.ts --db postgres                          # a throw-away PostgreSQL database
 *   npx tsx bench/src/gantt-api.ts --rounds 40 --echo --keep   # --keep leaves the SQLite data directory
 *   npx tsx bench/src/gantt-api.ts --artel-node-args="--cpu-prof --cpu-prof-dir=/tmp/prof"
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { signIn, startArtel, type RunningServer } from './harness/artel.js';
import { cpuTimeOf } from './harness/cpu.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './harness/postgres.js';
import { formatTable, median, num } from './harness/table.js';
import { sql, type Insertable } from 'kysely';
import { migrateToLatest, newId, openDatabase, type DB, type LinkType } from './server-api.js';

const TASKS = 5_000;
const CHAIN = 1_000;
const LINKS = 5_000;
const DAY_MS = 86_400_000;
const BASE = Date.UTC(2026, 0, 5);
const ADMIN = { email: 'gantt-admin@artel.test', password: 'gantt-bench-password' };

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    rounds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    echo: { type: 'boolean', default: false },
    'artel-node-args': { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(args.rounds);
const WARM_UP = Number(args.warmup);

/** A small seeded generator, so every run measures the same project. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (d: number, hours: number) => new Date(BASE + d * DAY_MS + hours * 3_600_000).toISOString();

/**
 * The same project as `gantt-core.ts`: tasks 0…1000 form one finish-to-start chain planned back
 * to back (moving task 0 later shifts the 1,000 after it); the other 4,000 links join the rest at
 * random, from a lower to a higher number, with all four types; one task in ten is a subtask.
 */
async function seedProject(
  target: { dataDir: string; databaseUrl?: string | undefined },
  ownerId: string,
  projectId: string,
): Promise<string[]> {
  const database = openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, poolSize: 2 });
  const { db } = database;
  const rnd = random(42);
  const ids = Array.from({ length: TASKS }, () => newId());
  const now = new Date().toISOString();
  const tasks: (Insertable<DB['tasks']> & { id: string; title: string; subtaskCount: number })[] = [];
  const people: Insertable<DB['taskPeople']>[] = [];
  const subtasks = new Map<string, number>();
  let next = 0;
  for (let i = 0; i < TASKS; i++) {
    const length = 1 + Math.floor(rnd() * 5);
    const from = i <= CHAIN ? next : Math.floor(rnd() * 300);
    if (i <= CHAIN) next += length;
    const parentId = i > CHAIN + 1 && rnd() < 0.1 ? ids[CHAIN + 1 + Math.floor(rnd() * (i - CHAIN - 1))]! : null;
    if (parentId) subtasks.set(parentId, (subtasks.get(parentId) ?? 0) + 1);
    const completed = rnd() < 0.3;
    const title = `Task ${i}`;
    tasks.push({
      id: ids[i]!,
      title,
      searchText: title.toLowerCase(),
      sortTitle: title.toLowerCase(),
      description: '',
      status: completed ? 'completed' : 'in_progress',
      creatorId: ownerId,
      responsibleId: ownerId,
      projectId,
      parentId,
      stageId: null,
      stagePosition: null,
      deadline: rnd() < 0.3 ? day(from + length + Math.floor(rnd() * 10), 15) : null,
      startDate: day(from, 6),
      endDate: day(from + length - 1, 15),
      priority: 2,
      requiresApproval: false,
      tags: '[]',
      checklistTotal: 4,
      checklistDone: Math.floor(rnd() * 5),
      subtaskCount: 0,
      completedAt: completed ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    people.push(
      { taskId: ids[i]!, userId: ownerId, role: 'creator' },
      { taskId: ids[i]!, userId: ownerId, role: 'responsible' },
    );
  }
  for (const t of tasks) t.subtaskCount = subtasks.get(t.id) ?? 0;
  const links: { id: string; predecessorId: string; successorId: string; type: LinkType; createdAt: string }[] = [];
  for (let i = 0; i < CHAIN; i++) {
    links.push({ id: newId(), predecessorId: ids[i]!, successorId: ids[i + 1]!, type: 'FS', createdAt: now });
  }
  const types: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
  const seen = new Set<string>();
  while (links.length < LINKS) {
    const a = CHAIN + 1 + Math.floor(rnd() * (TASKS - CHAIN - 1));
    const b = CHAIN + 1 + Math.floor(rnd() * (TASKS - CHAIN - 1));
    const key = `${Math.min(a, b)}>${Math.max(a, b)}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    links.push({
      id: newId(),
      predecessorId: ids[Math.min(a, b)]!,
      successorId: ids[Math.max(a, b)]!,
      type: types[Math.floor(rnd() * 4)]!,
      createdAt: now,
    });
  }
  const events = tasks.map((t) => ({
    type: 'task.created',
    entityType: 'task',
    entityId: t.id,
    actorId: ownerId,
    data: JSON.stringify({ changes: { title: { old: null, new: t.title }, projectId: { old: null, new: projectId } } }),
    createdAt: now,
  }));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < TASKS; i += 500)
      await trx
        .insertInto('tasks')
        .values(tasks.slice(i, i + 500))
        .execute();
    for (let i = 0; i < people.length; i += 2000) {
      await trx
        .insertInto('taskPeople')
        .values(people.slice(i, i + 2000))
        .execute();
    }
    for (let i = 0; i < LINKS; i += 2000) {
      await trx
        .insertInto('taskDependencies')
        .values(links.slice(i, i + 2000))
        .execute();
    }
    for (let i = 0; i < events.length; i += 2000) {
      await trx
        .insertInto('events')
        .values(events.slice(i, i + 2000))
        .execute();
    }
  });
  // PostgreSQL's autovacuum analyses a table after bulk inserts within a minute or so; without
  // statistics the planner walks the links' recursion with a sequential scan per level.
  if (database.dialect === 'postgres') await sql`analyze`.execute(db);
  await database.close();
  return ids;
}

/** The fields of the answers the benchmark reads (records, the Gantt, a move). */
interface Answer {
  id: string;
  version: number;
  tasks: { critical: boolean }[];
  links: unknown[];
  shifted?: unknown[];
}

interface Timed {
  name: string;
  sorted: number[];
  /** CPU the server process used per request (user + system): steady when the machine is busy. */
  cpuMs: number;
  note: string;
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'artel-gantt-bench-'));
  let pg: TemporaryDatabase | undefined;
  let server: RunningServer | undefined;
  try {
    if (args.db === 'postgres') pg = await createTemporaryDatabase(args['pg-url']);
    const target = { dataDir, databaseUrl: pg?.url };
    const database = openDatabase({ databaseUrl: target.databaseUrl, dataDir, poolSize: 1 });
    await migrateToLatest(database.db);
    await database.close();
    server = await startArtel(target, {
      echo: args.echo,
      nodeArgs: args['artel-node-args'].split(' ').filter(Boolean),
      env: { ARTEL_ADMIN_EMAIL: ADMIN.email, ARTEL_ADMIN_PASSWORD: ADMIN.password },
    });
    const base = `${server.url}/api/v1`;
    const auth = await signIn(server.url, ADMIN, 'cookie');
    const origin = new URL(server.url).origin;
    const call = async (method: string, url: string, body?: unknown) => {
      const res = await fetch(`${base}${url}`, {
        method,
        headers: { ...auth, origin, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${text}`);
      return { json: JSON.parse(text) as Answer, bytes: Buffer.byteLength(text) };
    };
    const me = (await call('GET', '/me')).json;
    const project = (
      await call('POST', '/projects', { name: 'Gantt benchmark', visibility: 'closed', endDate: day(400, 15) })
    ).json;
    const ids = await seedProject(target, me.id, project.id);

    const pid = server.process.pid;
    const time = async (run: () => Promise<unknown>) => {
      for (let i = 0; i < WARM_UP; i++) await run();
      const samples: number[] = [];
      const cpu0 = cpuTimeOf(pid) ?? NaN;
      for (let i = 0; i < ROUNDS; i++) {
        const t0 = performance.now();
        await run();
        samples.push(performance.now() - t0);
      }
      return { sorted: samples.sort((a, b) => a - b), cpuMs: ((cpuTimeOf(pid) ?? NaN) - cpu0) / ROUNDS };
    };

    // The machine is shared: the load beside the figures says how far to trust the latencies.
    const loadBefore = loadavg()[0]!;
    const gantt = await call('GET', `/projects/${project.id}/gantt`);
    const critical = gantt.json.tasks.filter((t) => t.critical).length;
    if (gantt.json.tasks.length !== TASKS || gantt.json.links.length !== LINKS) {
      throw new Error(`the Gantt answered ${gantt.json.tasks.length} tasks and ${gantt.json.links.length} links`);
    }
    const ganttTimes = await time(() => call('GET', `/projects/${project.id}/gantt`));
    const progressTimes = await time(() => call('GET', `/projects/${project.id}/progress`));

    // Each PATCH moves the chain's head one more day later: all 1,000 after it shift by one day.
    const head = ids[0]!;
    let version = (await call('GET', `/tasks/${head}`)).json.version as number;
    let shift = 0;
    let shiftedCount = 0;
    const patchTimes = await time(async () => {
      shift++;
      const moved = await call('PATCH', `/tasks/${head}`, {
        startDate: day(shift, 6),
        endDate: day(shift, 15),
        version,
      });
      version = moved.json.version;
      shiftedCount = moved.json.shifted?.length ?? 0;
    });
    if (shiftedCount !== CHAIN) throw new Error(`the move shifted ${shiftedCount} tasks, not ${CHAIN}`);

    const rows: Timed[] = [
      { name: `GET /projects/:id/gantt`, ...ganttTimes, note: `${num(gantt.bytes)} bytes, ${critical} critical` },
      { name: `PATCH /tasks/:id shifting ${CHAIN} dependants`, ...patchTimes, note: `${shiftedCount} shifted` },
      { name: `GET /projects/:id/progress`, ...progressTimes, note: 'burndown from the log' },
    ];
    console.log(
      `Gantt API, ${num(TASKS)} tasks, ${num(LINKS)} links, ${args.db} (${ROUNDS} rounds after ${WARM_UP} warm-up, one request at a time; Node ${process.version})`,
    );
    console.log(`load average before: ${loadBefore.toFixed(2)}`);
    const ms = (value: number) => num(value, 1);
    console.log(
      formatTable(rows, [
        { header: 'request', cell: (r) => r.name },
        { header: 'median ms', cell: (r) => ms(median(r.sorted)), align: 'right' },
        { header: 'p95 ms', cell: (r) => ms(r.sorted[Math.floor(r.sorted.length * 0.95)]!), align: 'right' },
        { header: 'max ms', cell: (r) => ms(r.sorted.at(-1)!), align: 'right' },
        { header: 'server CPU ms/req', cell: (r) => ms(r.cpuMs), align: 'right' },
        { header: 'answer', cell: (r) => r.note },
      ]),
    );
    console.log(`load average after: ${loadavg()[0]!.toFixed(2)}`);
  } finally {
    await server?.stop();
    await pg?.drop();
    if (args.keep) console.log(`data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`gantt-api: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
