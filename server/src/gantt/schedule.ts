import { dayOf, finishDayOf } from './days.js';
import { allowedFinish, buildGraph, findCycles, requiredStart, topologicalOrder, type TaskGraph } from './graph.js';
import type { GanttLink, GanttProject, GanttTask } from './types.js';

/** One task's place in the schedule, in UTC day numbers (finishes exclusive; see `days.ts`). */
export interface TaskSchedule {
  id: string;
  durationDays: number;
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** `lateStart - earlyStart`: how many days the task may slip before the project's finish moves. */
  slackDays: number;
  /** On the critical path: no slack (negative slack when the project's end date is already missed). */
  critical: boolean;
}

/** A task the schedule leaves out, and why. */
export interface UnscheduledTask {
  id: string;
  reason: 'no_dates' | 'invalid_dates';
}

/** The whole schedule of a project. */
export interface Schedule {
  /** Scheduled tasks by id. */
  tasks: Map<string, TaskSchedule>;
  /** Scheduled task ids, every predecessor before its successors. */
  order: string[];
  /** Tasks without both planned dates (or with an end before the start). */
  unscheduled: UnscheduledTask[];
  /** Dependency cycles, each as task ids in link order; empty for a valid project. */
  cycles: string[][];
  /** Dated tasks on a cycle or downstream of one: they have no schedule. */
  blocked: string[];
  /** The exclusive finish day tasks are measured against; null when no task is scheduled. */
  projectFinish: number | null;
  /** False when some task cannot finish by the project's end date: slack is negative somewhere. */
  feasible: boolean;
  /** The dependency graph over all given tasks, for passes that follow links (at risk). */
  graph: TaskGraph;
}

/** Per-index working arrays of the two passes; NaN start marks a task without valid dates. */
interface Passes {
  start: Float64Array;
  duration: Float64Array;
  es: Float64Array;
  ef: Float64Array;
  ls: Float64Array;
  lf: Float64Array;
}

/**
 * The critical-path schedule of a project. Each dated task starts no earlier than its planned start
 * nor than its links allow (forward pass, in Kahn's topological order); its latest dates are the
 * latest that still let every successor, and the project, finish on time (backward pass). The
 * project's finish is its `endDate`, or the latest early finish when it has none, so slack goes
 * negative only when that end date is already infeasible. Links through an undated task constrain
 * nothing; cycles are reported, and the tasks caught in them are left unscheduled.
 */
export function computeSchedule(
  tasks: readonly Pick<GanttTask, 'id' | 'startDate' | 'endDate'>[],
  links: readonly GanttLink[],
  project: Pick<GanttProject, 'endDate'> | null = null,
): Schedule {
  const graph = buildGraph(
    tasks.map((t) => t.id),
    links,
  );
  const { passes, unscheduled } = readDates(tasks);
  const { order, blocked } = topologicalOrder(graph);
  forwardPass(graph, order, passes);
  const latestFinish = maxFinish(order, passes);
  const projectFinish = project?.endDate ? finishDayOf(project.endDate) : latestFinish;
  const finish = Number.isNaN(projectFinish) ? latestFinish : projectFinish;
  backwardPass(graph, order, passes, finish);

  const scheduled = new Map<string, TaskSchedule>();
  const ids: string[] = [];
  let feasible = true;
  for (const v of order) {
    if (Number.isNaN(passes.start[v]!)) continue;
    const slackDays = passes.ls[v]! - passes.es[v]!;
    if (slackDays < 0) feasible = false;
    const id = graph.ids[v]!;
    ids.push(id);
    scheduled.set(id, {
      id,
      durationDays: passes.duration[v]!,
      earlyStart: passes.es[v]!,
      earlyFinish: passes.ef[v]!,
      lateStart: passes.ls[v]!,
      lateFinish: passes.lf[v]!,
      slackDays,
      critical: slackDays <= 0,
    });
  }
  return {
    tasks: scheduled,
    order: ids,
    unscheduled,
    cycles: findCycles(graph, blocked),
    blocked: blocked.filter((v) => !Number.isNaN(passes.start[v]!)).map((v) => graph.ids[v]!),
    projectFinish: ids.length > 0 ? finish : null,
    feasible,
    graph,
  };
}

function readDates(tasks: readonly Pick<GanttTask, 'id' | 'startDate' | 'endDate'>[]): {
  passes: Passes;
  unscheduled: UnscheduledTask[];
} {
  const n = tasks.length;
  const passes: Passes = {
    start: new Float64Array(n).fill(NaN),
    duration: new Float64Array(n),
    es: new Float64Array(n),
    ef: new Float64Array(n),
    ls: new Float64Array(n),
    lf: new Float64Array(n),
  };
  const unscheduled: UnscheduledTask[] = [];
  tasks.forEach((task, i) => {
    if (!task.startDate || !task.endDate) {
      unscheduled.push({ id: task.id, reason: 'no_dates' });
      return;
    }
    const start = dayOf(task.startDate);
    const finish = finishDayOf(task.endDate);
    if (!(finish > start)) {
      // NaN fails this test too: an unreadable date is as unusable as an end before the start.
      unscheduled.push({ id: task.id, reason: 'invalid_dates' });
      return;
    }
    passes.start[i] = start;
    passes.duration[i] = finish - start;
  });
  return { passes, unscheduled };
}

function forwardPass(graph: TaskGraph, order: Int32Array, p: Passes): void {
  for (const v of order) {
    if (Number.isNaN(p.start[v]!)) continue;
    let es = p.start[v]!;
    for (let k = graph.inStart[v]!; k < graph.inStart[v + 1]!; k++) {
      const e = graph.inEdges[k]!;
      const u = graph.edgeFrom[e]!;
      if (Number.isNaN(p.start[u]!)) continue;
      const need = requiredStart(graph.edgeType[e]!, p.es[u]!, p.ef[u]!, p.duration[v]!);
      if (need > es) es = need;
    }
    p.es[v] = es;
    p.ef[v] = es + p.duration[v]!;
  }
}

function backwardPass(graph: TaskGraph, order: Int32Array, p: Passes, finish: number): void {
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    if (Number.isNaN(p.start[v]!)) continue;
    let lf = finish;
    for (let k = graph.outStart[v]!; k < graph.outStart[v + 1]!; k++) {
      const e = graph.outEdges[k]!;
      const w = graph.edgeTo[e]!;
      if (Number.isNaN(p.start[w]!)) continue;
      const allowed = allowedFinish(graph.edgeType[e]!, p.ls[w]!, p.lf[w]!, p.duration[v]!);
      if (allowed < lf) lf = allowed;
    }
    p.lf[v] = lf;
    p.ls[v] = lf - p.duration[v]!;
  }
}

function maxFinish(order: Int32Array, p: Passes): number {
  let max = -Infinity;
  for (const v of order) if (!Number.isNaN(p.start[v]!) && p.ef[v]! > max) max = p.ef[v]!;
  return max;
}
