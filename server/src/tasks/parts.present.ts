import type { Attachment, ChecklistItem, Comment, Dependency, TaskStatus, UserSummary } from '@artel/common';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { readJson, toIso } from '../db/values.js';
import { unknownUser } from '../projects/projects.present.js';
import { fetchUserSummaries } from './user-refs.js';

/** The attachment columns views read. */
export const ATTACHMENT_COLUMNS = [
  'id',
  'taskId',
  'commentId',
  'fileName',
  'contentType',
  'size',
  'uploadedById',
  'createdAt',
] as const;

/** An attachment with the route that downloads it. */
export function presentAttachment(row: {
  id: string;
  taskId: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedById: string;
  createdAt: string | Date;
}): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    uploadedById: row.uploadedById,
    createdAt: toIso(row.createdAt),
    url: `/api/v1/tasks/${row.taskId}/attachments/${row.id}/content`,
  };
}

/** A page of comments with their authors and attachments: two extra queries per page, not per row. */
export async function presentComments(
  db: Kysely<DB>,
  rows: { id: string; taskId: string; authorId: string; body: string; mentionIds: unknown; createdAt: string | Date }[],
): Promise<Comment[]> {
  if (rows.length === 0) return [];
  const authors = await fetchUserSummaries(
    db,
    rows.map((r) => r.authorId),
  );
  const files = await db
    .selectFrom('taskAttachments')
    .select(ATTACHMENT_COLUMNS)
    .where(
      'commentId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    taskId: r.taskId,
    authorId: r.authorId,
    author: authors.get(r.authorId) ?? unknownUser(r.authorId),
    body: r.body,
    mentionIds: readJson<string[]>(r.mentionIds),
    attachments: files.filter((f) => f.commentId === r.id).map(presentAttachment),
    createdAt: toIso(r.createdAt),
  }));
}

/** A checklist item. */
export function presentChecklistItem(row: {
  id: string;
  title: string;
  done: boolean | number;
  position: number;
}): ChecklistItem {
  return { id: row.id, title: row.title, done: Boolean(row.done), position: row.position };
}

/** A dependency row joined with both tasks' titles and statuses. */
export function presentDependency(row: {
  id: string;
  predecessorId: string;
  successorId: string;
  type: 'FS' | 'SS' | 'FF' | 'SF';
  predecessorTitle: string;
  predecessorStatus: string;
  successorTitle: string;
  successorStatus: string;
}): Dependency {
  return {
    id: row.id,
    predecessorId: row.predecessorId,
    successorId: row.successorId,
    type: row.type,
    predecessor: { id: row.predecessorId, title: row.predecessorTitle, status: row.predecessorStatus as TaskStatus },
    successor: { id: row.successorId, title: row.successorTitle, status: row.successorStatus as TaskStatus },
  };
}

/** History items: the event log of one task with each actor resolved once. */
export async function presentHistory(
  db: Kysely<DB>,
  rows: { id: number; type: string; actorId: string | null; data: unknown; createdAt: string | Date }[],
) {
  const actors = await fetchUserSummaries(
    db,
    rows.flatMap((r) => (r.actorId ? [r.actorId] : [])),
  );
  return rows.map((r) => {
    const data = readJson<{ changes?: Record<string, unknown> }>(r.data);
    const actor: UserSummary | null = r.actorId ? (actors.get(r.actorId) ?? unknownUser(r.actorId)) : null;
    return {
      id: String(r.id),
      type: r.type,
      actorId: r.actorId,
      actor,
      at: toIso(r.createdAt),
      changes: data.changes ?? {},
    };
  });
}
