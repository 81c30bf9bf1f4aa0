import { z } from 'zod';
import { idSchema, userSummarySchema } from './org.js';
import { instantSchema } from './projects.js';

/** Every task status, in workflow order. */
export const TASK_STATUSES = [
  'new',
  'pending',
  'in_progress',
  'awaiting_control',
  'completed',
  'deferred',
  'declined',
] as const;
/** A task status. */
export const taskStatusSchema = z.enum(TASK_STATUSES);
/** A task status. */
export type TaskStatus = z.infer<typeof taskStatusSchema>;

/** Every workflow action, as named in `POST /tasks/:id/actions/:action`. */
export const TASK_ACTIONS = [
  'accept',
  'decline',
  'start',
  'pause',
  'complete',
  'approve',
  'disapprove',
  'defer',
  'renew',
  'delegate',
  'reassign',
] as const;
/** A workflow action. */
export const taskActionSchema = z.enum(TASK_ACTIONS);
/** A workflow action. */
export type TaskAction = z.infer<typeof taskActionSchema>;

/** Task priority. */
export const taskPrioritySchema = z.enum(['low', 'normal', 'high']);
/** Task priority. */
export type TaskPriority = z.infer<typeof taskPrioritySchema>;

/** How a person relates to a task (the `role=` filter of the task list). */
export const taskRoleSchema = z.enum(['responsible', 'participant', 'creator', 'observer']);
/** How a person relates to a task. */
export type TaskRole = z.infer<typeof taskRoleSchema>;

/** A link to a CRM record; stored as given until the CRM module checks it exists. */
export const crmLinkSchema = z.object({ type: z.enum(['deal', 'contact', 'company']), id: idSchema });

const tagSchema = z.string().trim().min(1).max(50);

const taskRefSchema = z.object({ id: idSchema, title: z.string() });

/** Fields shared by the full task and the list item. */
const taskCore = {
  id: idSchema,
  title: z.string(),
  status: taskStatusSchema,
  creatorId: idSchema,
  responsibleId: idSchema,
  participantIds: z.array(idSchema),
  observerIds: z.array(idSchema),
  projectId: idSchema.nullable(),
  parentId: idSchema.nullable(),
  deadline: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  priority: taskPrioritySchema,
  requiresApproval: z.boolean(),
  crmLink: crmLinkSchema.nullable(),
  declineReason: z.string().nullable(),
  disapproveReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  tags: z.array(z.string()),
  stageId: idSchema.nullable(),
  completedAt: z.string().nullable(),
  creator: userSummarySchema,
  responsible: userSummarySchema,
  project: z.object({ id: idSchema, name: z.string() }).nullable(),
  parent: taskRefSchema.nullable(),
  checklist: z.object({ total: z.number().int(), done: z.number().int() }),
  subtaskCount: z.number().int(),
  commentCount: z.number().int(),
};

/** One task with its people and what the reader may do with it now. */
export const taskSchema = z
  .object({
    ...taskCore,
    description: z.string(),
    participants: z.array(userSummarySchema),
    observers: z.array(userSummarySchema),
    abilities: z.object({
      edit: z.boolean(),
      delete: z.boolean(),
      comment: z.boolean(),
      /** May tick and change the checklist: editors, the responsible person and participants. */
      work: z.boolean(),
      actions: z.array(taskActionSchema),
    }),
  })
  .meta({ id: 'Task' });
/** One task with its people and abilities. */
export type Task = z.infer<typeof taskSchema>;

/** A task in lists: no description, no people objects beyond creator and responsible. */
export const taskListItemSchema = z
  .object({ ...taskCore, unreadComments: z.number().int() })
  .meta({ id: 'TaskListItem' });
/** A task as task lists show it. */
export type TaskListItem = z.infer<typeof taskListItemSchema>;

/** Body of `POST /tasks`. */
export const createTaskSchema = z.object({
  title: z.string().trim().min(1).max(500),
  description: z.string().max(100_000).optional(),
  responsibleId: idSchema,
  participantIds: z.array(idSchema).max(100).optional(),
  observerIds: z.array(idSchema).max(100).optional(),
  projectId: idSchema.nullable().optional(),
  parentId: idSchema.nullable().optional(),
  deadline: instantSchema.nullable().optional(),
  startDate: instantSchema.nullable().optional(),
  endDate: instantSchema.nullable().optional(),
  priority: taskPrioritySchema.optional(),
  requiresApproval: z.boolean().optional(),
  crmLink: crmLinkSchema.nullable().optional(),
  tags: z.array(tagSchema).max(20).optional(),
});
/** Body of `POST /tasks`. */
export type CreateTaskInput = z.infer<typeof createTaskSchema>;

/** Body of `PATCH /tasks/:id`: changed fields and the `version` read. */
export const updateTaskSchema = createTaskSchema
  .partial()
  .omit({ title: true })
  .extend({ title: z.string().trim().min(1).max(500).optional(), version: z.number().int() });
/** Body of `PATCH /tasks/:id`. */
export type UpdateTaskInput = z.infer<typeof updateTaskSchema>;

/** Body of `POST /tasks/:id/actions/:action`; which fields count depends on the action. */
export const taskActionBodySchema = z
  .object({
    reason: z.string().trim().min(1).max(2000).optional(),
    userId: idSchema.optional(),
    responsibleId: idSchema.optional(),
  })
  .optional();

/** Query of `GET /tasks`: filters (all combined with AND), sort and keyset page. */
export const taskListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
  role: taskRoleSchema.optional(),
  status: z
    .string()
    .max(200)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(taskStatusSchema))
    .optional(),
  projectId: idSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().max(200).optional(),
  responsibleId: idSchema.optional(),
  creatorId: idSchema.optional(),
  parentId: idSchema.optional(),
  stageId: idSchema.optional(),
  tag: tagSchema.optional(),
  deadlineFrom: instantSchema.optional(),
  deadlineTo: instantSchema.optional(),
  awaiting: z.enum(['acceptance', 'approval']).optional(),
  /** `position` is the board order (with `projectId` and `stageId`). */
  sort: z.enum(['deadline', 'createdAt', 'updatedAt', 'priority', 'title', 'position']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
/** Query of `GET /tasks`. */
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

/** Answer of `GET /tasks/counters`: open tasks of the signed-in user. */
export const taskCountersSchema = z.object({
  overdue: z.number().int(),
  awaitingAcceptance: z.number().int(),
  awaitingApproval: z.number().int(),
  roles: z.object({
    responsible: z.number().int(),
    participant: z.number().int(),
    creator: z.number().int(),
    observer: z.number().int(),
  }),
});

/** Answer of `GET /tasks/assignment-hint`. */
export const assignmentHintSchema = z.object({
  initialStatus: z.enum(['new', 'pending']),
  suggestedObserver: userSummarySchema.nullable(),
});

/** Body of `POST /tasks/:id/move`: the stage, and the card to drop after (null: first). */
export const moveTaskSchema = z.object({ stageId: idSchema, afterId: idSchema.nullable().optional() });

/** A file attached to a task or a comment. */
export const attachmentSchema = z
  .object({
    id: idSchema,
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploadedById: idSchema,
    createdAt: z.string(),
    url: z.string(),
  })
  .meta({ id: 'Attachment' });
/** A file attached to a task or a comment. */
export type Attachment = z.infer<typeof attachmentSchema>;

/** A task comment. */
export const commentSchema = z
  .object({
    id: idSchema,
    taskId: idSchema,
    authorId: idSchema,
    author: userSummarySchema,
    body: z.string(),
    mentionIds: z.array(idSchema),
    attachments: z.array(attachmentSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'Comment' });
/** A task comment. */
export type Comment = z.infer<typeof commentSchema>;

/** Body of `POST /tasks/:id/comments`. */
export const createCommentSchema = z.object({
  body: z.string().trim().min(1).max(20_000),
  attachmentIds: z.array(idSchema).max(20).optional(),
});

/** A checklist item. */
export const checklistItemSchema = z
  .object({ id: idSchema, title: z.string(), done: z.boolean(), position: z.number().int() })
  .meta({ id: 'ChecklistItem' });
/** A checklist item. */
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** Body of `POST /tasks/:id/checklist`. */
export const createChecklistItemSchema = z.object({ title: z.string().trim().min(1).max(500) });
/** Body of `PATCH /tasks/:id/checklist/:itemId`. */
export const updateChecklistItemSchema = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  done: z.boolean().optional(),
});

/** Link type: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export const dependencyTypeSchema = z.enum(['FS', 'SS', 'FF', 'SF']);
const linkedTaskSchema = z.object({ id: idSchema, title: z.string(), status: taskStatusSchema });

/** A dependency link between two tasks. */
export const dependencySchema = z
  .object({
    id: idSchema,
    predecessorId: idSchema,
    successorId: idSchema,
    type: dependencyTypeSchema,
    predecessor: linkedTaskSchema,
    successor: linkedTaskSchema,
  })
  .meta({ id: 'Dependency' });
/** A dependency link between two tasks. */
export type Dependency = z.infer<typeof dependencySchema>;

/** Body of `POST /tasks/:id/dependencies`: the predecessor of this task. */
export const createDependencySchema = z.object({ predecessorId: idSchema, type: dependencyTypeSchema });

/** One entry of a task's history (an event of the log). */
export const historyItemSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    actorId: idSchema.nullable(),
    actor: userSummarySchema.nullable(),
    at: z.string(),
    changes: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'HistoryItem' });
/** One entry of a task's history. */
export type HistoryItem = z.infer<typeof historyItemSchema>;
