import { z } from 'zod';
import { attachmentSchema, idSchema } from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { errorResponses, idParams, noContent } from '../http/route-schemas.js';
import { notFound } from '../http/errors.js';
import { ATTACHMENT_LIMIT_BYTES, removeAttachment, uploadAttachment } from './commands/attachments.js';
import { ATTACHMENT_COLUMNS, presentAttachment } from './parts.present.js';
import { loadVisibleTask, taskViewer } from './task-access.js';

const tag = { tags: ['tasks'] };
const fileParams = z.object({ id: idSchema, attachmentId: idSchema });

/** Files attached to a task: upload, list, download, remove. */
export async function taskAttachmentRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const findAttachment = (taskId: string, id: string) =>
    db
      .selectFrom('taskAttachments')
      .select([...ATTACHMENT_COLUMNS, 'storageKey'])
      .where('id', '=', id)
      .where('taskId', '=', taskId)
      .executeTakeFirst();

  app.get(
    '/tasks/:id/attachments',
    {
      schema: {
        ...tag,
        summary: "The task's files, oldest first",
        params: idParams,
        response: { 200: z.object({ items: z.array(attachmentSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await loadVisibleTask(db, await taskViewer(ctx, actorOf(request)), request.params.id);
      const rows = await db
        .selectFrom('taskAttachments')
        .select(ATTACHMENT_COLUMNS)
        .where('taskId', '=', request.params.id)
        .orderBy('id')
        .execute();
      return { items: rows.map(presentAttachment) };
    },
  );

  app.post(
    '/tasks/:id/attachments',
    {
      // The multipart stream is limited per file below; the JSON body limit does not apply.
      bodyLimit: ATTACHMENT_LIMIT_BYTES + 64 * 1024,
      schema: {
        ...tag,
        summary: 'Upload a file (multipart field "file", up to 20 MB)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: attachmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      const file = await request.file({ limits: { fileSize: ATTACHMENT_LIMIT_BYTES, files: 1 } });
      const id = await uploadAttachment(ctx, viewer, request.params.id, file);
      return reply.status(201).send(presentAttachment((await findAttachment(request.params.id, id))!));
    },
  );

  app.get(
    '/tasks/:id/attachments/:attachmentId/content',
    { schema: { ...tag, summary: 'Download a file', params: fileParams } },
    async (request, reply) => {
      await loadVisibleTask(db, await taskViewer(ctx, actorOf(request)), request.params.id);
      const row = await findAttachment(request.params.id, request.params.attachmentId);
      if (!row) throw notFound('Attachment');
      const ascii = row.fileName.replace(/[^\x20-\x7e]/g, '_');
      return reply
        .type(row.contentType)
        .header('content-length', row.size)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .send(ctx.storage.read(row.storageKey));
    },
  );

  app.delete(
    '/tasks/:id/attachments/:attachmentId',
    {
      schema: { ...tag, summary: 'Remove a file', params: fileParams, response: { 204: noContent, ...errorResponses } },
    },
    async (request, reply) => {
      const viewer = await taskViewer(ctx, actorOf(request));
      await removeAttachment(ctx, viewer, request.params.id, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );
}
