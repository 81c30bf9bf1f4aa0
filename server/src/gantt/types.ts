/** Dependency kinds between two tasks, as stored in `task_dependencies.type`. */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/** The fields of a task the scheduling core reads; dates are ISO instants or null. */
export interface GanttTask {
  id: string;
  parentId: string | null;
  /** Planned start. */
  startDate: string | null;
  /** Planned end. */
  endDate: string | null;
  deadline: string | null;
  /** One of the task statuses (`new`, `pending`, `in_progress`, `awaiting_control`, `completed`, …). */
  status: string;
  checklistTotal: number;
  checklistDone: number;
}

/** A dependency: the successor waits on the predecessor as `type` says. */
export interface GanttLink {
  predecessorId: string;
  successorId: string;
  type: LinkType;
}

/** The project's own dates; its `endDate` is the finish tasks are measured against. */
export interface GanttProject {
  startDate: string | null;
  endDate: string | null;
}

/** A pair of planned dates (ISO instants). */
export interface DateSpan {
  startDate: string;
  endDate: string;
}

/** Statuses whose work is finished or abandoned: nothing about them can still be late. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set(['completed', 'declined']);
