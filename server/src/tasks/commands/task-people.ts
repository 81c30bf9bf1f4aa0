import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { appendEvent } from '../../events/event-log.js';
import { badField } from '../../http/errors.js';

/** The roles kept as rows of `task_people`. */
export type TaskPersonRole = 'creator' | 'responsible' | 'participant' | 'observer';

/** Active accounts among `ids`, with their departments; a missing one is a 400 naming `field`. */
export async function requireActiveUsers(
  trx: Kysely<DB>,
  field: string,
  ids: readonly string[],
): Promise<Map<string, { departmentId: string | null }>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, { departmentId: string | null }>();
  if (unique.length === 0) return found;
  const rows = await trx
    .selectFrom('users')
    .select(['id', 'departmentId'])
    .where('id', 'in', unique)
    .where('isActive', '=', true)
    .execute();
  for (const r of rows) found.set(r.id, { departmentId: r.departmentId });
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw badField(field, `no active user ${missing}`);
  return found;
}

/**
 * Makes the rows of one role equal `next`, recording `task.member_added` / `task.member_removed`
 * for participants and observers (creator and responsible changes are recorded by their own
 * events). Returns whether anything changed.
 */
export async function replaceRole(
  trx: Kysely<DB>,
  taskId: string,
  role: TaskPersonRole,
  current: readonly string[],
  next: readonly string[],
  actorId: string,
  via?: string,
): Promise<boolean> {
  const added = next.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !next.includes(id));
  if (removed.length > 0) {
    await trx
      .deleteFrom('taskPeople')
      .where('taskId', '=', taskId)
      .where('role', '=', role)
      .where('userId', 'in', removed)
      .execute();
  }
  if (added.length > 0) {
    await trx
      .insertInto('taskPeople')
      .values(added.map((userId) => ({ taskId, userId, role })))
      .execute();
  }
  if (role === 'participant' || role === 'observer') {
    for (const userId of added) {
      await appendEvent(trx, {
        type: 'task.member_added',
        entityType: 'task',
        entityId: taskId,
        actorId,
        data: { changes: { userId, role, ...(via ? { via } : {}) } },
      });
    }
    for (const userId of removed) {
      await appendEvent(trx, {
        type: 'task.member_removed',
        entityType: 'task',
        entityId: taskId,
        actorId,
        data: { changes: { userId, role, ...(via ? { via } : {}) } },
      });
    }
  }
  return added.length + removed.length > 0;
}

/** Participants and observers without the responsible person, and observers without participants. */
export function normalisePeople(
  responsibleId: string,
  participantIds: readonly string[],
  observerIds: readonly string[],
) {
  const participants = [...new Set(participantIds)].filter((id) => id !== responsibleId);
  const observers = [...new Set(observerIds)].filter((id) => id !== responsibleId && !participants.includes(id));
  return { participants, observers };
}

/** The lower-cased title: the `?q=` key and the `sort=title` key. */
export function titleKeys(title: string) {
  const lower = title.toLocaleLowerCase('ru');
  return { searchText: lower.replaceAll('ё', 'е'), sortTitle: lower };
}
