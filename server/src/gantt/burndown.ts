import { DAY_MS, dayOf } from './days.js';

/** One event of a task's life as the burndown reads it (see `loadTaskLifeEvents`). */
export interface LifeEvent {
  taskId: string;
  type: string;
  /** The event's payload: `{changes: {status?, projectId?, …}}`, parsed or as stored. */
  data: unknown;
  at: string;
}

/** A task now in the project, for tasks whose creation the log does not hold (imported rows). */
export interface CurrentTask {
  id: string;
  status: string;
  /** Absent: the row's creation is unknown too, and only the log counts the task. */
  createdAt?: string | undefined;
  completedAt?: string | null | undefined;
}

/** One day: tasks of the project not completed at its end, and all tasks in it then. */
export interface BurndownPoint {
  date: string;
  remaining: number;
  total: number;
}

/** The longest series answered: two years of days, the latest ones. */
export const MAX_BURNDOWN_DAYS = 731;

interface TaskState {
  inProject: boolean;
  open: boolean;
  exists: boolean;
}

/**
 * The project's burndown from the event log: for every UTC day from `from` to `to` (ISO
 * instants), how many of its tasks were still open (not completed) at the end of that day, and
 * how many it held. A task counts from its creation in the project (or its move into it) until
 * its deletion (or its move out); completing it takes it off `remaining`, reopening puts it back.
 * Tasks whose creation is missing from the log count from their row's `createdAt`, completed at
 * `completedAt`. At most `MAX_BURNDOWN_DAYS` days are answered, the latest ones.
 */
export function computeBurndown(
  projectId: string,
  events: readonly LifeEvent[],
  current: readonly CurrentTask[],
  from: string,
  to: string,
): BurndownPoint[] {
  const lastDay = dayOf(to);
  const firstDay = Math.max(Math.min(dayOf(from), lastDay), lastDay - MAX_BURNDOWN_DAYS + 1);
  // Changes of `remaining` and `total` per day, plus what happened before the first day.
  const remainingDelta = new Map<number, number>();
  const totalDelta = new Map<number, number>();
  const add = (map: Map<number, number>, day: number, delta: number) =>
    map.set(Math.max(day, firstDay - 1), (map.get(Math.max(day, firstDay - 1)) ?? 0) + delta);

  const states = new Map<string, TaskState>();
  const apply = (taskId: string, day: number, next: TaskState) => {
    const before = states.get(taskId) ?? { inProject: false, open: false, exists: false };
    const counted = (s: TaskState) => s.exists && s.inProject;
    const dt = Number(counted(next)) - Number(counted(before));
    const dr = Number(counted(next) && next.open) - Number(counted(before) && before.open);
    if (dt) add(totalDelta, day, dt);
    if (dr) add(remainingDelta, day, dr);
    states.set(taskId, next);
  };

  for (const event of events) {
    const changes = readChanges(event.data);
    const state = states.get(event.taskId) ?? { inProject: false, open: false, exists: false };
    const day = dayOf(event.at);
    if (event.type === 'task.created') {
      apply(event.taskId, day, {
        exists: true,
        inProject: changes.projectId?.new === projectId,
        open: changes.status?.new !== 'completed',
      });
    } else if (!state.exists) {
      continue;
    } else if (event.type === 'task.status_changed' && changes.status) {
      apply(event.taskId, day, { ...state, open: changes.status.new !== 'completed' });
    } else if (event.type === 'task.updated' && changes.projectId) {
      apply(event.taskId, day, { ...state, inProject: changes.projectId.new === projectId });
    } else if (event.type === 'task.deleted') {
      apply(event.taskId, day, { ...state, exists: false });
    }
  }
  for (const task of current) {
    if (states.has(task.id) || !task.createdAt) continue;
    apply(task.id, dayOf(task.createdAt), { exists: true, inProject: true, open: true });
    if (task.status === 'completed' && task.completedAt) {
      apply(task.id, dayOf(task.completedAt), { exists: true, inProject: true, open: false });
    }
  }

  const points: BurndownPoint[] = [];
  let remaining = remainingDelta.get(firstDay - 1) ?? 0;
  let total = totalDelta.get(firstDay - 1) ?? 0;
  for (let day = firstDay; day <= lastDay; day++) {
    remaining += remainingDelta.get(day) ?? 0;
    total += totalDelta.get(day) ?? 0;
    points.push({ date: new Date(day * DAY_MS).toISOString().slice(0, 10), remaining, total });
  }
  return points;
}

type ChangeOf = { old?: unknown; new?: unknown } | undefined;

function readChanges(data: unknown): { status?: ChangeOf; projectId?: ChangeOf } {
  const parsed = (typeof data === 'string' ? JSON.parse(data) : data) as { changes?: Record<string, ChangeOf> } | null;
  return parsed?.changes ?? {};
}
