import { computeAtRisk } from './at-risk.js';
import { buildHierarchy } from './hierarchy.js';
import { computeTaskProgress, durationWeight, rollupDates } from './rollup.js';
import { computeSchedule } from './schedule.js';
import type { GanttLink, GanttProject, GanttTask } from './types.js';

/** The project dashboard's figures; `percent` is 0–100, rounded. */
export interface ProjectProgress {
  total: number;
  completed: number;
  inProgress: number;
  overdue: number;
  atRisk: number;
  percent: number;
}

/**
 * Statuses in which a passed deadline makes a task overdue: the responsible person still owes
 * work. The same list as the task lists' `overdue` filter, so the two counts agree.
 */
const OVERDUE_STATUSES: ReadonlySet<string> = new Set(['new', 'pending', 'in_progress']);

/** Work started and not yet accepted: waiting for the creator's approval is still in progress. */
const IN_PROGRESS_STATUSES: ReadonlySet<string> = new Set(['in_progress', 'awaiting_control']);

/**
 * A project's progress at `now`. `total` counts every task of the project, as the project list
 * does. `percent` is duration-weighted, not a count: a two-month task done moves the project more
 * than a one-day errand. It is the mean progress of the leaf tasks (those without subtasks, so no
 * work counts twice), each weighted by its length in days (1 without dates), checklists counting
 * partially; declined tasks are left out. Pass `atRiskIds` when the schedule is already computed.
 */
export function computeProjectProgress(
  tasks: readonly GanttTask[],
  links: readonly GanttLink[],
  project: Pick<GanttProject, 'endDate'> | null,
  now: Date,
  atRiskIds?: ReadonlySet<string>,
): ProjectProgress {
  const risky = atRiskIds ?? computeAtRisk(tasks, computeSchedule(tasks, links, project), project);
  const nowMs = now.getTime();
  let completed = 0;
  let inProgress = 0;
  let overdue = 0;
  for (const task of tasks) {
    if (task.status === 'completed') completed++;
    if (IN_PROGRESS_STATUSES.has(task.status)) inProgress++;
    if (OVERDUE_STATUSES.has(task.status) && task.deadline && Date.parse(task.deadline) < nowMs) overdue++;
  }
  return {
    total: tasks.length,
    completed,
    inProgress,
    overdue,
    atRisk: risky.size,
    percent: Math.round(leafWeightedPercent(tasks)),
  };
}

function leafWeightedPercent(tasks: readonly GanttTask[]): number {
  const { children } = buildHierarchy(tasks);
  const spans = rollupDates(tasks);
  const progress = computeTaskProgress(tasks, spans);
  let weighted = 0;
  let weights = 0;
  tasks.forEach((task, i) => {
    if (children[i]!.length > 0 || task.status === 'declined') return;
    const w = durationWeight(spans.get(task.id) ?? null);
    weighted += w * progress.get(task.id)!;
    weights += w;
  });
  return weights > 0 ? weighted / weights : 0;
}
