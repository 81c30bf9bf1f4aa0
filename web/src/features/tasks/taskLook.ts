import type { TaskPriority, TaskStatus } from '@artel/common';

/** Badge colour per status: waiting ones warm, working ones blue, finished green, stopped grey/red. */
export const STATUS_COLOR: Record<TaskStatus, string> = {
  new: 'cyan',
  pending: 'blue',
  in_progress: 'indigo',
  awaiting_control: 'orange',
  completed: 'green',
  deferred: 'gray',
  declined: 'red',
};

/** Statuses still asking for work or a decision: the default filter of "My tasks". */
export const OPEN_STATUSES: TaskStatus[] = ['new', 'pending', 'in_progress', 'awaiting_control', 'deferred'];

/** Statuses in which a passed deadline makes a task overdue (the server's rule). */
const ACTIVE_STATUSES: ReadonlySet<TaskStatus> = new Set(['new', 'pending', 'in_progress']);

/** True when the responsible person still owes work and the deadline has passed. */
export function isOverdue(task: { status: TaskStatus; deadline: string | null }, now: number): boolean {
  return task.deadline !== null && ACTIVE_STATUSES.has(task.status) && Date.parse(task.deadline) < now;
}

/** Priority colour; normal priority is not marked at all. */
export const PRIORITY_COLOR: Record<TaskPriority, string> = { high: 'red', normal: 'gray', low: 'gray' };
