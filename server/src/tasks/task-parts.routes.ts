import { z } from 'zod';
import {
  checklistItemSchema,
  createChecklistItemSchema,
  createDependencySchema,
  dependencySchema,
  idSchema,
  updateChecklistItemSchema,
} from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { errorResponses, idParams, noContent } from '../http/route-schemas.js';
import { addChecklistItem, CHECKLIST_COLUMNS, removeChecklistItem, updateChecklistItem } from './commands/checklist.js';
import { addDependency, removeDependency } from './commands/dependencies.js';
import { presentChecklistItem, presentDependency } from './parts.present.js';
import { loadVisibleTask, taskViewer } from './task-access.js';
import { visibleTaskCondition } from './task-scope.js';
import type { TaskViewer } from './tasks.policy.js';

const tag = { tags: ['tasks'] };
const itemParams = z.object({ id: idSchema, itemId: idSchema });
const linkParams = z.object({ id: idSchema, linkId: idSchema });

/** A task's checklist and its dependency links. */
export async function taskPartsRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const loadItem = async (id: string) =>
    presentChecklistItem(
      await db.selectFrom('checklistItems').select(CHECKLIST_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow(),
    );

  app.get(
    '/tasks/:id/checklist',
    {
      schema: {
        ...tag,
        summary: "The task's checklist, in order",
        params: idParams,
        response: { 200: z.object({ items: z.array(checklistItemSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await loadVisibleTask(db, await taskViewer(ctx, actorOf(request)), request.params.id);
      const rows = await db
        .selectFrom('checklistItems')
        .select(CHECKLIST_COLUMNS)
        .where('taskId', '=', request.params.id)
        .orderBy('position')
        .execute();
      return { items: rows.map(presentChecklistItem) };
    },
  );

  app.post(
    '/tasks/:id/checklist',
    {
      schema: {
        ...tag,
        summary: 'Add a checklist item',
        params: idParams,
        body: createChecklistItemSchema,
        response: { 201: checklistItemSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      const id = await addChecklistItem(ctx, viewer, request.params.id, request.body.title);
      return reply.status(201).send(await loadItem(id));
    },
  );

  app.patch(
    '/tasks/:id/checklist/:itemId',
    {
      schema: {
        ...tag,
        summary: 'Rename or tick a checklist item',
        params: itemParams,
        body: updateChecklistItemSchema,
        response: { 200: checklistItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await updateChecklistItem(ctx, viewer, request.params.id, request.params.itemId, request.body);
      return loadItem(request.params.itemId);
    },
  );

  app.delete(
    '/tasks/:id/checklist/:itemId',
    {
      schema: {
        ...tag,
        summary: 'Remove a checklist item',
        params: itemParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await removeChecklistItem(ctx, viewer, request.params.id, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tasks/:id/dependencies',
    {
      schema: {
        ...tag,
        summary: "The task's links in both directions (to tasks you may see)",
        params: idParams,
        response: { 200: z.object({ items: z.array(dependencySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await loadVisibleTask(db, viewer, request.params.id);
      return { items: await listDependencies(ctx, viewer, request.params.id) };
    },
  );

  app.post(
    '/tasks/:id/dependencies',
    {
      schema: {
        ...tag,
        summary: 'Link a predecessor to this task; cycles are refused',
        params: idParams,
        body: createDependencySchema,
        response: { 201: dependencySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      const id = await addDependency(ctx, viewer, request.params.id, request.body);
      const link = (await listDependencies(ctx, viewer, request.params.id)).find((d) => d.id === id)!;
      return reply.status(201).send(link);
    },
  );

  app.delete(
    '/tasks/:id/dependencies/:linkId',
    {
      schema: { ...tag, summary: 'Remove a link', params: linkParams, response: { 204: noContent, ...errorResponses } },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await removeDependency(ctx, viewer, request.params.id, request.params.linkId);
      return reply.status(204).send(null);
    },
  );
}

/** Links touching a task whose other end the viewer may see (an invisible task is not hinted at). */
async function listDependencies(ctx: AppContext, viewer: TaskViewer, taskId: string) {
  const rows = await ctx.db
    .selectFrom('taskDependencies as d')
    .innerJoin('tasks as a', 'a.id', 'd.predecessorId')
    .innerJoin('tasks as b', 'b.id', 'd.successorId')
    .select([
      'd.id',
      'd.predecessorId',
      'd.successorId',
      'd.type',
      'a.title as predecessorTitle',
      'a.status as predecessorStatus',
      'b.title as successorTitle',
      'b.status as successorStatus',
    ])
    .where((eb) => eb.or([eb('d.predecessorId', '=', taskId), eb('d.successorId', '=', taskId)]))
    .orderBy('d.id')
    .execute();
  const others = [...new Set(rows.map((r) => (r.predecessorId === taskId ? r.successorId : r.predecessorId)))];
  const condition = visibleTaskCondition(viewer);
  let visible = new Set(others);
  if (condition && others.length > 0) {
    const seen = await ctx.db
      .selectFrom('tasks as t')
      .select('t.id')
      .where('t.id', 'in', others)
      .where(condition)
      .execute();
    visible = new Set(seen.map((r) => r.id));
  }
  return rows
    .filter((r) => visible.has(r.predecessorId === taskId ? r.successorId : r.predecessorId))
    .map(presentDependency);
}
