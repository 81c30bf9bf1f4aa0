import type { MultipartFile } from '@fastify/multipart';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { badField, forbidden, HttpError, notFound } from '../../http/errors.js';
import { loadVisibleTask } from '../task-access.js';
import { canEditTask, type TaskViewer } from '../tasks.policy.js';

/** Largest attachment accepted. */
export const ATTACHMENT_LIMIT_BYTES = 20 * 1024 * 1024;

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f"]/g;

/** A file name safe to store and to send back in Content-Disposition: no paths, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(UNSAFE_NAME_CHARS, '').trim().slice(0, 200);
  return clean || 'file';
}

/** The declared type when it looks like a MIME type; downloads are sent as attachments regardless. */
function safeContentType(type: string | undefined): string {
  return type && /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type.toLowerCase() : 'application/octet-stream';
}

/**
 * Stores an uploaded file for a task (anyone who may see the task may attach, as they may
 * comment). The file is written first and removed again if the row does not commit.
 */
export async function uploadAttachment(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  file: MultipartFile | undefined,
): Promise<string> {
  await loadVisibleTask(ctx.db, viewer, taskId);
  if (!file) throw badField('file', 'attach a file');
  const data = await file.toBuffer();
  if (file.file.truncated) throw new HttpError(413, 'payload_too_large', 'The file is larger than 20 MB');
  const id = newId();
  const key = `tasks/${taskId}/${id}`;
  const fileName = safeFileName(file.filename);
  await ctx.storage.put(key, data);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await loadVisibleTask(trx, viewer, taskId);
      await trx
        .insertInto('taskAttachments')
        .values({
          id,
          taskId,
          commentId: null,
          fileName,
          contentType: safeContentType(file.mimetype),
          size: data.length,
          storageKey: key,
          uploadedById: viewer.id,
          createdAt: nowIso(),
        })
        .execute();
      await appendEvent(trx, {
        type: 'task.attachment_added',
        entityType: 'task',
        entityId: taskId,
        actorId: viewer.id,
        data: { changes: { attachmentId: id, fileName, size: data.length } },
      });
    });
  } catch (error) {
    await ctx.storage.remove(key);
    throw error;
  }
  return id;
}

/** Removes an attachment (its uploader or those who edit the task); the file goes after commit. */
export async function removeAttachment(ctx: AppContext, viewer: TaskViewer, taskId: string, attachmentId: string) {
  const key = await ctx.db.transaction().execute(async (trx) => {
    const task = await loadVisibleTask(trx, viewer, taskId);
    const row = await trx
      .selectFrom('taskAttachments')
      .select(['id', 'fileName', 'storageKey', 'uploadedById'])
      .where('id', '=', attachmentId)
      .where('taskId', '=', taskId)
      .executeTakeFirst();
    if (!row) throw notFound('Attachment');
    if (row.uploadedById !== viewer.id && !canEditTask(viewer, task.facts)) {
      throw forbidden('Only the uploader or those who edit the task remove a file');
    }
    await trx.deleteFrom('taskAttachments').where('id', '=', attachmentId).execute();
    await appendEvent(trx, {
      type: 'task.attachment_removed',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: { changes: { attachmentId, fileName: row.fileName } },
    });
    return row.storageKey;
  });
  await ctx.storage.remove(key);
}
