import { z } from 'zod';
import { commentSchema, createCommentSchema, historyItemSchema, pageQuerySchema, pageSchema } from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { errorResponses, idParams, noContent } from '../http/route-schemas.js';
import { notFound } from '../http/errors.js';
import { addComment, markRead } from './commands/add-comment.js';
import { presentComments, presentHistory } from './parts.present.js';
import { loadVisibleTask, taskViewer } from './task-access.js';

const tag = { tags: ['tasks'] };
const commentCursor = z.object({ i: z.string() });
const historyCursor = z.object({ e: z.number().int() });
const COMMENT_COLUMNS = ['id', 'taskId', 'authorId', 'body', 'mentionIds', 'createdAt'] as const;

/** Comments, read marks and the history of a task: where "what is going on here" is answered. */
export async function taskDiscussionRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;

  app.get(
    '/tasks/:id/comments',
    {
      schema: {
        ...tag,
        summary: "A task's comments, oldest first",
        params: idParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(commentSchema), ...errorResponses },
      },
    },
    async (request) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await loadVisibleTask(db, viewer, request.params.id);
      const { limit, cursor } = request.query;
      const after = cursor ? decodeCursor(cursor, commentCursor) : undefined;
      let query = db.selectFrom('taskComments').select(COMMENT_COLUMNS).where('taskId', '=', request.params.id);
      if (after) query = query.where('id', '>', after.i);
      const rows = await query
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: await presentComments(db, page),
        nextCursor: rows.length > limit && last ? encodeCursor({ i: last.id }) : null,
      };
    },
  );

  app.post(
    '/tasks/:id/comments',
    {
      schema: {
        ...tag,
        summary: 'Comment (Markdown; @[Name](user:ID) mentions add observers)',
        params: idParams,
        body: createCommentSchema,
        response: { 201: commentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      const id = await addComment(ctx, viewer, request.params.id, request.body);
      const row = await db.selectFrom('taskComments').select(COMMENT_COLUMNS).where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('Comment');
      return reply.status(201).send((await presentComments(db, [row]))[0]!);
    },
  );

  app.post(
    '/tasks/:id/read',
    {
      schema: {
        ...tag,
        summary: "Mark the task's comments read",
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      const task = await loadVisibleTask(db, viewer, request.params.id);
      await markRead(db, viewer.id, task.row.id, task.row.commentCount);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tasks/:id/history',
    {
      schema: {
        ...tag,
        summary: 'Every change of the task, oldest first, with who made it',
        params: idParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(historyItemSchema), ...errorResponses },
      },
    },
    async (request) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await loadVisibleTask(db, viewer, request.params.id);
      const { limit, cursor } = request.query;
      const after = cursor ? decodeCursor(cursor, historyCursor) : undefined;
      let query = db
        .selectFrom('events')
        .select(['id', 'type', 'actorId', 'data', 'createdAt'])
        .where('entityType', '=', 'task')
        .where('entityId', '=', request.params.id);
      if (after) query = query.where('id', '>', after.e);
      const rows = await query
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: await presentHistory(db, page),
        nextCursor: rows.length > limit && last ? encodeCursor({ e: Number(last.id) }) : null,
      };
    },
  );
}
