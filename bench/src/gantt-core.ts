/**
 * Times the scheduling core on a 5,000-task, 5,000-link project: the full schedule with its critical
 * path, everything the Gantt endpoint computes, project progress, and a move that shifts 1,000
 * dependants. Runs the compiled server code (build first: `npx tsc -b common server`), then:
 * `npx tsx bench/src/gantt-core.ts`.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { formatTable, median, num } from './harness/table.js';
import {
  buildGanttView,
  computeProjectProgress,
  computeSchedule,
  rescheduleTask,
  type GanttLink,
  type GanttTask,
  type LinkType,
} from './server-api.js';

const TASKS = 5_000;
const CHAIN = 1_000;
const LINKS = 5_000;
const DAY_MS = 86_400_000;
const BASE = Date.UTC(2026, 0, 5);
const ROUNDS = 60;
const WARM_UP = 20;

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
 * Tasks `t0…t1000` form one finish-to-start chain, planned back to back, so moving `t0` later
 * shifts all 1,000 after it. The other 4,000 links join the remaining tasks at random (always from a
 * lower to a higher number, so the project stays acyclic), with all four link types; one task in
 * ten is a subtask.
 */
function project(): { tasks: GanttTask[]; links: GanttLink[] } {
  const rnd = random(42);
  const tasks: GanttTask[] = [];
  let next = 0;
  for (let i = 0; i < TASKS; i++) {
    const length = 1 + Math.floor(rnd() * 5);
    const from = i <= CHAIN ? next : Math.floor(rnd() * 300);
    if (i <= CHAIN) next += length;
    const parent = i > CHAIN + 1 && rnd() < 0.1 ? `t${CHAIN + 1 + Math.floor(rnd() * (i - CHAIN - 1))}` : null;
    tasks.push({
      id: `t${i}`,
      parentId: parent,
      startDate: day(from, 6),
      endDate: day(from + length - 1, 15),
      deadline: rnd() < 0.3 ? day(from + length + Math.floor(rnd() * 10), 15) : null,
      status: rnd() < 0.3 ? 'completed' : 'in_progress',
      checklistTotal: 4,
      checklistDone: Math.floor(rnd() * 5),
    });
  }
  const links: GanttLink[] = [];
  for (let i = 0; i < CHAIN; i++) links.push({ predecessorId: `t${i}`, successorId: `t${i + 1}`, type: 'FS' });
  const types: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
  const seen = new Set<string>();
  while (links.length < LINKS) {
    const a = CHAIN + 1 + Math.floor(rnd() * (TASKS - CHAIN - 1));
    const b = CHAIN + 1 + Math.floor(rnd() * (TASKS - CHAIN - 1));
    if (a === b || seen.has(`${Math.min(a, b)}>${Math.max(a, b)}`)) continue;
    seen.add(`${Math.min(a, b)}>${Math.max(a, b)}`);
    links.push({
      predecessorId: `t${Math.min(a, b)}`,
      successorId: `t${Math.max(a, b)}`,
      type: types[Math.floor(rnd() * 4)]!,
    });
  }
  return { tasks, links };
}

/** Milliseconds per call: warmed up first, so the figures are those of a running server. */
function time(run: () => unknown): number[] {
  for (let i = 0; i < WARM_UP; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const { tasks, links } = project();
const endDate = day(400, 15);
const move = { id: 't0', startDate: day(3, 6), endDate: day(3 + 2, 15) };

const shifted = rescheduleTask(tasks, links, move);
const schedule = computeSchedule(tasks, links, { endDate });
if (shifted.length !== CHAIN) throw new Error(`the move shifted ${shifted.length} tasks, not ${CHAIN}`);
if (schedule.cycles.length > 0) throw new Error('the generated project has a cycle');

const rows = [
  ['full schedule + critical path (computeSchedule)', time(() => computeSchedule(tasks, links, { endDate }))],
  [
    'Gantt view: roll-up, schedule, at risk, progress (buildGanttView)',
    time(() => buildGanttView(tasks, links, { endDate })),
  ],
  [
    'project progress (computeProjectProgress)',
    time(() => computeProjectProgress(tasks, links, { endDate }, new Date(day(200, 9)))),
  ],
  [`move shifting ${CHAIN} dependants (rescheduleTask)`, time(() => rescheduleTask(tasks, links, move))],
] as const;

console.log(
  `Scheduling core, ${num(TASKS)} tasks, ${num(LINKS)} links (${ROUNDS} rounds after ${WARM_UP} warm-up; Node ${process.version})`,
);
// The machine is shared: the load beside the figures says how far to trust them.
console.log(`load average before: ${loadavg()[0]!.toFixed(2)}`);
console.log(
  `critical tasks: ${[...schedule.tasks.values()].filter((t) => t.critical).length}, shifted by the move: ${shifted.length}`,
);
interface Row {
  name: string;
  sorted: number[];
}
const table: Row[] = rows.map(([name, samples]) => ({ name, sorted: [...samples].sort((a, b) => a - b) }));
const ms = (value: number) => num(value, 2);
console.log(
  formatTable(table, [
    { header: 'operation', cell: (r) => r.name },
    { header: 'median ms', cell: (r) => ms(median(r.sorted)), align: 'right' },
    { header: 'p95 ms', cell: (r) => ms(r.sorted[Math.floor(r.sorted.length * 0.95)]!), align: 'right' },
    { header: 'max ms', cell: (r) => ms(r.sorted.at(-1)!), align: 'right' },
  ]),
);
console.log(`load average after: ${loadavg()[0]!.toFixed(2)}`);
