import { computeAtRisk } from './at-risk.js';
import { computeTaskProgress, rollupDates } from './rollup.js';
import { computeSchedule, type UnscheduledTask } from './schedule.js';
import type { GanttLink, GanttProject, GanttTask } from './types.js';

/** What the Gantt chart shows for one task, beside the task's own fields. */
export interface GanttTaskView {
  /** The bar: the planned dates, a parent's spanning its subtasks; null when undated. */
  startDate: string | null;
  endDate: string | null;
  /** 0–100, rounded. */
  progress: number;
  critical: boolean;
  /** Null for a task the schedule leaves out (no dates, or caught in a cycle). */
  slackDays: number | null;
  atRisk: boolean;
}

/** The computed side of a project's Gantt chart. */
export interface GanttView {
  tasks: Map<string, GanttTaskView>;
  unscheduled: UnscheduledTask[];
  cycles: string[][];
  /** Ids of the tasks at risk, for `computeProjectProgress` so it need not schedule again. */
  atRisk: Set<string>;
  /** The exclusive finish day (see `days.ts`) tasks are measured against; null with nothing scheduled. */
  projectFinish: number | null;
}

/**
 * Everything `GET /projects/:id/gantt` computes, in one pass over the project: parents' dates
 * rolled up from their subtasks first, so the critical path runs over the bars the chart draws;
 * then the schedule, the tasks at risk, and per-task progress.
 */
export function buildGanttView(
  tasks: readonly GanttTask[],
  links: readonly GanttLink[],
  project: Pick<GanttProject, 'endDate'> | null,
): GanttView {
  const spans = rollupDates(tasks);
  // Only the bars' dates differ from the tasks; three fields per task keep 5,000 copies cheap.
  const dated = tasks.map((t) => {
    const span = spans.get(t.id);
    return { id: t.id, startDate: span?.startDate ?? null, endDate: span?.endDate ?? null };
  });
  const schedule = computeSchedule(dated, links, project);
  const atRisk = computeAtRisk(tasks, schedule, project);
  const progress = computeTaskProgress(tasks, spans);
  const views = new Map<string, GanttTaskView>();
  for (const t of dated) {
    const s = schedule.tasks.get(t.id);
    views.set(t.id, {
      startDate: t.startDate,
      endDate: t.endDate,
      progress: Math.round(progress.get(t.id)!),
      critical: s?.critical ?? false,
      slackDays: s?.slackDays ?? null,
      atRisk: atRisk.has(t.id),
    });
  }
  return {
    tasks: views,
    unscheduled: schedule.unscheduled,
    cycles: schedule.cycles,
    atRisk,
    projectFinish: schedule.projectFinish,
  };
}
