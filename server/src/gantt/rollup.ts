import { dayOf } from './days.js';
import { buildHierarchy } from './hierarchy.js';
import type { DateSpan, GanttTask } from './types.js';

type DatedTask = Pick<GanttTask, 'id' | 'parentId' | 'startDate' | 'endDate'>;
type ProgressTask = DatedTask & Pick<GanttTask, 'status' | 'checklistTotal' | 'checklistDone'>;

/**
 * Each task's dates on the chart: a parent spans its children (earliest child start to latest
 * child end, through any depth); a task without dated children keeps its own planned dates;
 * null when it has neither. Instants are compared, so the times of day are those of the children.
 */
export function rollupDates(tasks: readonly DatedTask[]): Map<string, DateSpan | null> {
  const { children, childrenFirst } = buildHierarchy(tasks);
  const spans: (DateSpan | null)[] = new Array<DateSpan | null>(tasks.length).fill(null);
  for (const v of childrenFirst) {
    let start: string | null = null;
    let end: string | null = null;
    for (const c of children[v]!) {
      const span = spans[c];
      if (!span) continue;
      if (start === null || isBefore(span.startDate, start)) start = span.startDate;
      if (end === null || isBefore(end, span.endDate)) end = span.endDate;
    }
    const task = tasks[v]!;
    if (start !== null && end !== null) spans[v] = { startDate: start, endDate: end };
    else if (task.startDate && task.endDate) spans[v] = { startDate: task.startDate, endDate: task.endDate };
  }
  const byId = new Map<string, DateSpan | null>();
  for (let i = 0; i < tasks.length; i++) byId.set(tasks[i]!.id, spans[i]!);
  return byId;
}

/**
 * Whether instant `a` comes before `b`. Two canonical UTC strings (what the server stores) order
 * as text, which spares parsing both on every comparison; anything else is parsed.
 */
function isBefore(a: string, b: string): boolean {
  if (a.length === 24 && b.length === 24 && a.charCodeAt(23) === 90 && b.charCodeAt(23) === 90) return a < b;
  return Date.parse(a) < Date.parse(b);
}

/** A task's weight in its parent's progress: its length in calendar days, 1 when it has no dates. */
export function durationWeight(span: DateSpan | null): number {
  if (!span) return 1;
  const days = dayOf(span.endDate) - dayOf(span.startDate) + 1;
  return Number.isFinite(days) && days > 0 ? days : 1;
}

/**
 * Progress of every task, 0–100, not rounded (round when presenting). A completed task is 100.
 * Otherwise a task with subtasks is the duration-weighted mean of its subtasks' progress, its own
 * checklist (when it has one) counting as one more part weighing as much as an average subtask;
 * a task without subtasks is its checklist's share done, or 0 without a checklist. Declined
 * subtasks are left out: work nobody will do must not hold the parent below 100 for ever. Pass
 * `spans` when `rollupDates` has already run.
 */
export function computeTaskProgress(
  tasks: readonly ProgressTask[],
  spans: ReadonlyMap<string, DateSpan | null> = rollupDates(tasks),
): Map<string, number> {
  const { children, childrenFirst } = buildHierarchy(tasks);
  const progress = new Float64Array(tasks.length);
  for (const v of childrenFirst) {
    const task = tasks[v]!;
    if (task.status === 'completed') {
      progress[v] = 100;
      continue;
    }
    let weighted = 0;
    let weights = 0;
    let parts = 0;
    for (const c of children[v]!) {
      const child = tasks[c]!;
      if (child.status === 'declined') continue;
      const w = durationWeight(spans.get(child.id) ?? null);
      weighted += w * progress[c]!;
      weights += w;
      parts++;
    }
    const checklist = checklistShare(task);
    if (parts === 0) progress[v] = checklist ?? 0;
    else if (checklist === null) progress[v] = weighted / weights;
    else progress[v] = (weighted + (weights / parts) * checklist) / (weights + weights / parts);
  }
  const byId = new Map<string, number>();
  for (let i = 0; i < tasks.length; i++) byId.set(tasks[i]!.id, progress[i]!);
  return byId;
}

/** The checklist's share done, 0–100, or null when the task has no checklist. */
function checklistShare(task: Pick<GanttTask, 'checklistTotal' | 'checklistDone'>): number | null {
  if (!(task.checklistTotal > 0)) return null;
  const done = Math.min(Math.max(task.checklistDone, 0), task.checklistTotal);
  return (done / task.checklistTotal) * 100;
}
