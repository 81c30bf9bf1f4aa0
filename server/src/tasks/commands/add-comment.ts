import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { badField } from '../../http/errors.js';
import { loadVisibleTask } from '../task-access.js';
import type { TaskViewer } from '../tasks.policy.js';
import { replaceRole } from './task-people.js';

const MENTION = /@\[[^\]\n]*\]\(user:([^)\s]+)\)/g;

/** The user ids mentioned in a Markdown body (`@[Display Name](user:ID)`), each once, in order. */
export function parseMentions(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((m) => m[1]!))];
}

/**
 * Adds a comment. Mentioned active people who are not on the task yet become observers (so they
 * can read what they were called into), recorded as `task.member_added` via `mention`; uploaded
 * attachments of this task are attached. The author's own read mark moves past their comment.
 */
export async function addComment(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  input: { body: string; attachmentIds?: string[] | undefined },
): Promise<string> {
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const task = await loadVisibleTask(trx, viewer, taskId);
    const mentioned = parseMentions(input.body);
    const active = mentioned.length
      ? (
          await trx.selectFrom('users').select('id').where('id', 'in', mentioned).where('isActive', '=', true).execute()
        ).map((u) => u.id)
      : [];
    const mentionIds = mentioned.filter((m) => active.includes(m));
    await attachFiles(trx, taskId, viewer.id, id, input.attachmentIds ?? [], true);
    const now = nowIso();
    await trx
      .insertInto('taskComments')
      .values({
        id,
        taskId,
        authorId: viewer.id,
        body: input.body,
        mentionIds: JSON.stringify(mentionIds),
        createdAt: now,
      })
      .execute();
    await attachFiles(trx, taskId, viewer.id, id, input.attachmentIds ?? [], false);
    const counted = await trx
      .updateTable('tasks')
      .set((eb) => ({ commentCount: eb('commentCount', '+', 1) }))
      .where('id', '=', taskId)
      .returning('commentCount')
      .executeTakeFirstOrThrow();
    await markRead(trx, viewer.id, taskId, counted.commentCount);
    await appendEvent(trx, {
      type: 'task.comment_added',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: { changes: { commentId: id, mentionIds } },
    });
    const onTask = new Set(task.people.map((p) => p.userId));
    const newcomers = mentionIds.filter((m) => !onTask.has(m));
    const observers = task.people.filter((p) => p.role === 'observer').map((p) => p.userId);
    await replaceRole(trx, taskId, 'observer', observers, [...observers, ...newcomers], viewer.id, 'mention');
  });
  return id;
}

/**
 * Checks (`checkOnly`) or links the uploads a comment carries: each must be this task's, uploaded
 * by the author and not yet part of another comment (400 `attachmentIds` otherwise).
 */
async function attachFiles(
  trx: Kysely<DB>,
  taskId: string,
  authorId: string,
  commentId: string,
  ids: string[],
  checkOnly: boolean,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  if (checkOnly) {
    const rows = await trx
      .selectFrom('taskAttachments')
      .select('id')
      .where('id', 'in', unique)
      .where('taskId', '=', taskId)
      .where('uploadedById', '=', authorId)
      .where('commentId', 'is', null)
      .execute();
    if (rows.length !== unique.length) throw badField('attachmentIds', 'attach only your own new uploads to this task');
    return;
  }
  await trx.updateTable('taskAttachments').set({ commentId }).where('id', 'in', unique).execute();
}

/** Records that `userId` has seen the first `count` comments of a task. */
export async function markRead(trx: Kysely<DB>, userId: string, taskId: string, count: number): Promise<void> {
  const readAt = nowIso();
  await trx
    .insertInto('taskCommentReads')
    .values({ userId, taskId, readCount: count, readAt })
    .onConflict((oc) => oc.columns(['userId', 'taskId']).doUpdateSet({ readCount: count, readAt }))
    .execute();
}
