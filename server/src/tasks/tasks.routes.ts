import { z } from 'zod';
import {
  assignmentHintSchema,
  createTaskSchema,
  idSchema,
  moveTaskSchema,
  pageSchema,
  taskActionBodySchema,
  taskActionSchema,
  taskCountersSchema,
  taskListItemSchema,
  taskListQuerySchema,
  taskSchema,
  updateTaskSchema,
  updatedTaskSchema,
} from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { nowIso } from '../db/values.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { badField } from '../http/errors.js';
import { errorResponses, idParams, noContent } from '../http/route-schemas.js';
import { isManagerOf } from '../org/managed-departments.js';
import { deriveManagerId } from '../org/org-tree.js';
import { createTask } from './commands/create-task.js';
import { deleteTask } from './commands/delete-task.js';
import { moveTask } from './commands/move-task.js';
import { runTaskAction } from './commands/run-action.js';
import { updateTask } from './commands/update-task.js';
import { visibleShifts } from './visible-shifts.js';
import { taskCounters } from './task-counters.js';
import { loadVisibleTask, taskViewer } from './task-access.js';
import { initialStatus } from './task-workflow.js';
import type { TaskViewer } from './tasks.policy.js';
import { presentTask, presentTaskList } from './tasks.present.js';
import { listTasks, sortValue } from './tasks.repo.js';
import { fetchUserSummaries } from './user-refs.js';

const tag = { tags: ['tasks'] };
const cursorShape = z.object({ s: z.string(), v: z.union([z.string(), z.number(), z.null()]), i: z.string() });

/** Tasks: lists, counters, the record itself, the workflow and the board. */
export async function taskRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const presentOne = async (viewer: TaskViewer, id: string) => {
    const task = await loadVisibleTask(db, viewer, id);
    return presentTask(viewer, task.row, task.people);
  };

  app.get(
    '/tasks',
    {
      schema: {
        ...tag,
        summary: 'Tasks you may see, filtered and sorted, by keyset',
        querystring: taskListQuerySchema,
        response: { 200: pageSchema(taskListItemSchema), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor, ...filter } = request.query;
      // "My" lists need no visibility condition, so they skip reading the org tree.
      const viewer =
        filter.role || filter.awaiting
          ? { id: actor.id, isAdmin: actor.isAdmin, managedDepartmentIds: [] }
          : await taskViewer(ctx, actor);
      const sortTag = `${filter.sort ?? 'createdAt'}:${filter.order ?? ''}`;
      const after = cursor ? decodeCursor(cursor, cursorShape) : undefined;
      if (after && after.s !== sortTag) throw badField('cursor', 'the cursor belongs to another sort order');
      const rows = await listTasks(db, { ...filter, viewer, now: nowIso(), after, limit });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: await presentTaskList(db, page),
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({ s: sortTag, v: sortValue(last, filter.sort), i: last.id })
            : null,
      };
    },
  );

  app.get(
    '/tasks/counters',
    {
      schema: {
        ...tag,
        summary: 'Your open tasks by role, overdue ones, and those waiting for you',
        response: { 200: taskCountersSchema, ...errorResponses },
      },
    },
    async (request) => taskCounters(db, actorOf(request).id, nowIso()),
  );

  app.get(
    '/tasks/assignment-hint',
    {
      schema: {
        ...tag,
        summary: 'What setting a task for this person would do (status, suggested observer)',
        querystring: z.object({ responsibleId: idSchema }),
        response: { 200: assignmentHintSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const person = await db
        .selectFrom('users')
        .select(['id', 'departmentId'])
        .where('id', '=', request.query.responsibleId)
        .where('isActive', '=', true)
        .executeTakeFirst();
      if (!person) throw badField('responsibleId', 'no such active user');
      const tree = await ctx.orgTree.get();
      const inLine = actor.id === person.id || isManagerOf(tree, actor.id, person);
      const managerId = inLine ? null : deriveManagerId(tree, person.id, person.departmentId);
      const suggested = managerId && managerId !== actor.id ? await fetchUserSummaries(db, [managerId]) : null;
      return {
        initialStatus: initialStatus(inLine) as 'new' | 'pending',
        suggestedObserver: (managerId && suggested?.get(managerId)) || null,
      };
    },
  );

  app.post(
    '/tasks',
    {
      schema: {
        ...tag,
        summary: 'Set a task',
        body: createTaskSchema,
        response: { 201: taskSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      return reply.status(201).send(await createTask(ctx, viewer, request.body));
    },
  );

  app.get(
    '/tasks/:id',
    { schema: { ...tag, summary: 'One task', params: idParams, response: { 200: taskSchema, ...errorResponses } } },
    async (request) => presentOne(await taskViewer(ctx, actorOf(request)), request.params.id),
  );

  app.patch(
    '/tasks/:id',
    {
      schema: {
        ...tag,
        summary: 'Edit a task (with its version); new dates push its dependants forward',
        params: idParams,
        body: updateTaskSchema,
        response: { 200: updatedTaskSchema, ...errorResponses },
      },
    },
    async (request) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      const shifted = await updateTask(ctx, viewer, request.params.id, request.body);
      const task = await presentOne(viewer, request.params.id);
      if (shifted.length === 0) return task;
      return { ...task, shifted: await visibleShifts(db, viewer, shifted) };
    },
  );

  app.delete(
    '/tasks/:id',
    {
      schema: {
        ...tag,
        summary: 'Delete a task (creator or admin)',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteTask(ctx, await taskViewer(ctx, actorOf(request)), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tasks/:id/move',
    {
      schema: {
        ...tag,
        summary: 'Move a task on the project board',
        params: idParams,
        body: moveTaskSchema,
        response: { 200: taskSchema, ...errorResponses },
      },
    },
    async (request) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await moveTask(ctx, viewer, request.params.id, request.body);
      return presentOne(viewer, request.params.id);
    },
  );

  app.post(
    '/tasks/:id/actions/:action',
    {
      schema: {
        ...tag,
        summary:
          'Run a workflow action (accept, decline, start, pause, complete, approve, disapprove, defer, renew, delegate, reassign)',
        params: z.object({ id: idSchema, action: taskActionSchema }),
        body: taskActionBodySchema,
        response: { 200: taskSchema, ...errorResponses },
      },
    },
    async (request) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await runTaskAction(ctx, viewer, request.params.id, request.params.action, request.body ?? {});
      return presentOne(viewer, request.params.id);
    },
  );
}
