import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import type { FieldChange } from '../../events/event-map.js';
import { forbidden, notFound } from '../../http/errors.js';
import { loadVisibleTask } from '../task-access.js';
import { canWorkOnTask, type TaskViewer } from '../tasks.policy.js';

/** The checklist item columns views read. */
export const CHECKLIST_COLUMNS = ['id', 'title', 'done', 'position'] as const;

async function workableTask(trx: Parameters<typeof loadVisibleTask>[0], viewer: TaskViewer, taskId: string) {
  const task = await loadVisibleTask(trx, viewer, taskId);
  if (!canWorkOnTask(viewer, task.facts)) throw forbidden('Only those working on the task change its checklist');
  return task;
}

/** Appends an item to a task's checklist (those working on the task); returns its id. */
export async function addChecklistItem(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  title: string,
): Promise<string> {
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await workableTask(trx, viewer, taskId);
    const last = await trx
      .selectFrom('checklistItems')
      .select('position')
      .where('taskId', '=', taskId)
      .orderBy('position', 'desc')
      .limit(1)
      .executeTakeFirst();
    const now = nowIso();
    await trx
      .insertInto('checklistItems')
      .values({ id, taskId, title, done: false, position: (last?.position ?? -1) + 1, createdAt: now, updatedAt: now })
      .execute();
    await trx
      .updateTable('tasks')
      .set((eb) => ({ checklistTotal: eb('checklistTotal', '+', 1) }))
      .where('id', '=', taskId)
      .execute();
    await appendEvent(trx, {
      type: 'task.checklist_item_added',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: { changes: { itemId: id, title } },
    });
  });
  return id;
}

/** Renames or ticks an item; the task's done counter follows in the same transaction. */
export async function updateChecklistItem(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  itemId: string,
  input: { title?: string | undefined; done?: boolean | undefined },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await workableTask(trx, viewer, taskId);
    const item = await trx
      .selectFrom('checklistItems')
      .select(CHECKLIST_COLUMNS)
      .where('id', '=', itemId)
      .where('taskId', '=', taskId)
      .executeTakeFirst();
    if (!item) throw notFound('Checklist item');
    const changes: { itemId: string; title?: FieldChange; done?: FieldChange } = { itemId };
    if (input.title !== undefined && input.title !== item.title) changes.title = { old: item.title, new: input.title };
    if (input.done !== undefined && input.done !== Boolean(item.done))
      changes.done = { old: Boolean(item.done), new: input.done };
    if (!changes.title && !changes.done) return;
    await trx
      .updateTable('checklistItems')
      .set({ title: input.title ?? item.title, done: input.done ?? Boolean(item.done), updatedAt: nowIso() })
      .where('id', '=', itemId)
      .execute();
    if (changes.done) {
      const delta = input.done ? 1 : -1;
      await trx
        .updateTable('tasks')
        .set((eb) => ({ checklistDone: eb('checklistDone', '+', delta) }))
        .where('id', '=', taskId)
        .execute();
    }
    await appendEvent(trx, {
      type: 'task.checklist_item_updated',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: { changes },
    });
  });
}

/** Removes an item; both counters follow. */
export async function removeChecklistItem(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  itemId: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await workableTask(trx, viewer, taskId);
    const item = await trx
      .selectFrom('checklistItems')
      .select(CHECKLIST_COLUMNS)
      .where('id', '=', itemId)
      .where('taskId', '=', taskId)
      .executeTakeFirst();
    if (!item) throw notFound('Checklist item');
    await trx.deleteFrom('checklistItems').where('id', '=', itemId).execute();
    const doneDelta = item.done ? 1 : 0;
    await trx
      .updateTable('tasks')
      .set((eb) => ({
        checklistTotal: eb('checklistTotal', '-', 1),
        checklistDone: eb('checklistDone', '-', doneDelta),
      }))
      .where('id', '=', taskId)
      .execute();
    await appendEvent(trx, {
      type: 'task.checklist_item_removed',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: { changes: { itemId, title: item.title } },
    });
  });
}
