import { finishDayOf } from './days.js';
import { requiredStart } from './graph.js';
import type { Schedule } from './schedule.js';
import { CLOSED_STATUSES, type GanttProject, type GanttTask } from './types.js';

/**
 * The open tasks at risk: those whose scheduled finish, or the finish of any task they drive
 * (transitively), falls after that task's deadline or after the project's end date. A successor is
 * driven through a link with no free float: the link alone fixes its early start, so any slip of
 * the predecessor moves it. Successors merely linked, with room to spare, do not carry risk back.
 * Completed and declined tasks are never at risk and pass no risk through them: nothing they do can
 * still move. `schedule` must be computed from the same tasks and links.
 */
export function computeAtRisk(
  tasks: readonly Pick<GanttTask, 'id' | 'deadline' | 'status'>[],
  schedule: Schedule,
  project: Pick<GanttProject, 'endDate'> | null = null,
): Set<string> {
  const { graph } = schedule;
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const projectFinish = project?.endDate ? finishDayOf(project.endDate) : Infinity;
  const risky = new Uint8Array(graph.ids.length);
  const atRisk = new Set<string>();
  for (let i = schedule.order.length - 1; i >= 0; i--) {
    const id = schedule.order[i]!;
    const task = byId.get(id);
    const own = schedule.tasks.get(id)!;
    if (!task || CLOSED_STATUSES.has(task.status)) continue;
    const deadlineFinish = task.deadline ? finishDayOf(task.deadline) : Infinity;
    let late = own.earlyFinish > deadlineFinish || own.earlyFinish > projectFinish;
    const v = graph.index.get(id)!;
    for (let k = graph.outStart[v]!; !late && k < graph.outStart[v + 1]!; k++) {
      const e = graph.outEdges[k]!;
      const w = graph.edgeTo[e]!;
      if (!risky[w]) continue;
      const succ = schedule.tasks.get(graph.ids[w]!)!;
      late = requiredStart(graph.edgeType[e]!, own.earlyStart, own.earlyFinish, succ.durationDays) >= succ.earlyStart;
    }
    if (late) {
      risky[v] = 1;
      atRisk.add(id);
    }
  }
  return atRisk;
}
