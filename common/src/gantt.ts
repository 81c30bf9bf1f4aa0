import { z } from 'zod';
import { idSchema, userSummarySchema } from './org.js';
import { dependencyTypeSchema, taskSchema, taskStatusSchema } from './tasks.js';

/** One bar of a project's Gantt chart, with what the schedule computed for it. */
export const ganttTaskSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    /** The parent task when it is in this project (the chart's hierarchy); null otherwise. */
    parentId: idSchema.nullable(),
    /** The bar's start: the planned start, or for a parent the earliest of its subtasks. */
    startDate: z.string().nullable(),
    /** The bar's end: the planned end, or for a parent the latest of its subtasks. */
    endDate: z.string().nullable(),
    deadline: z.string().nullable(),
    status: taskStatusSchema,
    /** 0–100: done, the checklist's share, or rolled up from subtasks by duration. */
    progress: z.number().int().min(0).max(100),
    responsibleId: idSchema,
    /** No slack against the project's finish. */
    critical: z.boolean(),
    /** Days the task may slip before the project's finish moves; null when it is not scheduled. */
    slackDays: z.number().int().nullable(),
    /** Open, and it (or a task it drives) will finish after a deadline or the project's end. */
    atRisk: z.boolean(),
    /** The task's own planned dates (a parent's bar spans its subtasks instead). */
    plannedStartDate: z.string().nullable(),
    plannedEndDate: z.string().nullable(),
    /** False when the schedule leaves the task out: no dates, an end before the start, or caught in a cycle. */
    scheduled: z.boolean(),
    /** Subtasks in this project. */
    subtaskCount: z.number().int(),
    /** Whether the reader may move, resize and link this task. */
    canEdit: z.boolean(),
  })
  .meta({ id: 'GanttTask' });
/** One bar of the Gantt chart. */
export type GanttTask = z.infer<typeof ganttTaskSchema>;

/** A dependency arrow: `toId` waits on `fromId` as `type` says. */
export const ganttLinkSchema = z
  .object({ id: idSchema, fromId: idSchema, toId: idSchema, type: dependencyTypeSchema })
  .meta({ id: 'GanttLink' });
/** A dependency arrow. */
export type GanttLink = z.infer<typeof ganttLinkSchema>;

/** Answer of `GET /projects/:id/gantt`. */
export const ganttSchema = z
  .object({
    tasks: z.array(ganttTaskSchema),
    links: z.array(ganttLinkSchema),
    project: z.object({
      id: idSchema,
      name: z.string(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      /** The last day tasks are measured against: the end date, or the latest task finish. */
      finishDate: z.string().nullable(),
      version: z.number().int(),
    }),
    /** The responsible people of the tasks, once each. */
    people: z.array(userSummarySchema),
    /** Links that loop, each as task ids in link order (empty for a sound project). */
    cycles: z.array(z.array(idSchema)),
  })
  .meta({ id: 'Gantt' });
/** Answer of `GET /projects/:id/gantt`. */
export type Gantt = z.infer<typeof ganttSchema>;

/** One day of the burndown: tasks of the project not yet completed at the end of that UTC day. */
export const burndownPointSchema = z.object({
  date: z.string(),
  remaining: z.number().int(),
  /** Tasks in the project that day, completed or not. */
  total: z.number().int(),
});

/** Answer of `GET /projects/:id/progress`. */
export const projectProgressSchema = z
  .object({
    total: z.number().int(),
    completed: z.number().int(),
    inProgress: z.number().int(),
    overdue: z.number().int(),
    atRisk: z.number().int(),
    /** 0–100, weighted by duration over the leaf tasks. */
    percent: z.number().int().min(0).max(100),
    /** From the project's first day to today (or its end, when it is over). */
    burndown: z.array(burndownPointSchema),
    /** The next open tasks by deadline, soonest (and overdue) first. */
    nextDeadlines: z.array(
      z.object({
        id: idSchema,
        title: z.string(),
        deadline: z.string(),
        status: taskStatusSchema,
        responsibleId: idSchema,
        overdue: z.boolean(),
      }),
    ),
    /** Open tasks per responsible person, busiest first. */
    workload: z.array(z.object({ user: userSummarySchema, open: z.number().int(), overdue: z.number().int() })),
  })
  .meta({ id: 'ProjectProgress' });
/** Answer of `GET /projects/:id/progress`. */
export type ProjectProgress = z.infer<typeof projectProgressSchema>;

/** A dependant that moving a task pushed later, with its new dates and version. */
export const shiftedTaskSchema = z.object({
  id: idSchema,
  startDate: z.string(),
  endDate: z.string(),
  version: z.number().int(),
});
/** A dependant pushed by a move. */
export type ShiftedTask = z.infer<typeof shiftedTaskSchema>;

/**
 * Answer of `PATCH /tasks/:id`: the task, and when its dates moved, the dependants pushed later
 * (only those the reader may see).
 */
export const updatedTaskSchema = taskSchema
  .extend({ shifted: z.array(shiftedTaskSchema).optional() })
  .meta({ id: 'UpdatedTask' });
/** Answer of `PATCH /tasks/:id`. */
export type UpdatedTask = z.infer<typeof updatedTaskSchema>;
