import { dayOf, finishDayOf, shiftIso } from './days.js';
import { ScheduleCycleError } from './errors.js';
import { buildGraph, findCycles, requiredStart, topologicalOrder, type TaskGraph } from './graph.js';
import type { DateSpan, GanttLink, GanttTask } from './types.js';

/** The new planned dates of the task being moved or resized. */
export interface TaskMove {
  id: string;
  startDate: string;
  endDate: string;
}

/** A dependant the move pushed later, with its dates before and after. */
export interface ShiftedTask {
  id: string;
  old: DateSpan;
  new: DateSpan;
}

type DatedTask = Pick<GanttTask, 'id' | 'startDate' | 'endDate'>;

/**
 * Moves or resizes one task and pushes its dependants forward, transitively, exactly as far as
 * their links (FS, SS, FF, SF) require; a dependant is never pulled back, and keeps its length and
 * times of day. Only links from tasks this move changed can push: a dependant whose other
 * predecessors did not move already stood where they allowed. Dependants without dates are left
 * alone and pass nothing on. Returns the shifted dependants (not the moved task itself) with each
 * predecessor before its successors. Throws `ScheduleCycleError` when the moved task's links lead
 * back to it, and `RangeError` for an unknown task or an end before the start.
 */
export function rescheduleTask(
  tasks: readonly DatedTask[],
  links: readonly GanttLink[],
  move: TaskMove,
): ShiftedTask[] {
  const graph = buildGraph(
    tasks.map((t) => t.id),
    links,
  );
  const moved = graph.index.get(move.id);
  if (moved === undefined) throw new RangeError(`Unknown task ${move.id}`);
  const newStart = dayOf(move.startDate);
  const newFinish = finishDayOf(move.endDate);
  if (!(newFinish > newStart)) throw new RangeError('The end of a task cannot come before its start');

  const reach = reachableFrom(graph, moved);
  const { order, blocked } = topologicalOrder(graph, reach);
  if (blocked.length > 0) throw new ScheduleCycleError(findCycles(graph, blocked)[0] ?? []);

  const n = tasks.length;
  const start = new Float64Array(n).fill(NaN);
  const finish = new Float64Array(n).fill(NaN);
  // 1 for tasks whose days this move changed: only they can push their successors.
  const changed = new Uint8Array(n);
  start[moved] = newStart;
  finish[moved] = newFinish;
  const before = tasks[moved]!;
  changed[moved] =
    !before.startDate ||
    !before.endDate ||
    dayOf(before.startDate) !== newStart ||
    finishDayOf(before.endDate) !== newFinish
      ? 1
      : 0;

  const shifted: ShiftedTask[] = [];
  for (const w of order) {
    if (w === moved) continue;
    const task = tasks[w]!;
    if (!task.startDate || !task.endDate) continue;
    const s = dayOf(task.startDate);
    const f = finishDayOf(task.endDate);
    if (!(f > s)) continue;
    const delta = pushNeeded(graph, w, s, f - s, start, finish, changed);
    start[w] = s + delta;
    finish[w] = f + delta;
    if (delta > 0) {
      changed[w] = 1;
      shifted.push({
        id: task.id,
        old: { startDate: task.startDate, endDate: task.endDate },
        new: { startDate: shiftIso(task.startDate, delta), endDate: shiftIso(task.endDate, delta) },
      });
    }
  }
  return shifted;
}

/** How many days task `w` (starting on day `s`, lasting `duration`) must move for its changed predecessors. */
function pushNeeded(
  graph: TaskGraph,
  w: number,
  s: number,
  duration: number,
  start: Float64Array,
  finish: Float64Array,
  changed: Uint8Array,
): number {
  let need = s;
  for (let k = graph.inStart[w]!; k < graph.inStart[w + 1]!; k++) {
    const e = graph.inEdges[k]!;
    const u = graph.edgeFrom[e]!;
    if (!changed[u]) continue;
    const r = requiredStart(graph.edgeType[e]!, start[u]!, finish[u]!, duration);
    if (r > need) need = r;
  }
  return need - s;
}

/** Marks the task `from` and every task its links lead to (breadth-first). */
function reachableFrom(graph: TaskGraph, from: number): Uint8Array {
  const reach = new Uint8Array(graph.ids.length);
  const queue = [from];
  reach[from] = 1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let k = graph.outStart[v]!; k < graph.outStart[v + 1]!; k++) {
      const w = graph.edgeTo[graph.outEdges[k]!]!;
      if (!reach[w]) {
        reach[w] = 1;
        queue.push(w);
      }
    }
  }
  return reach;
}
