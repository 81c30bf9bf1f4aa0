import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { badField, conflict, forbidden, notFound } from '../../http/errors.js';
import { loadVisibleTask } from '../task-access.js';
import { canEditTask, type TaskViewer } from '../tasks.policy.js';

/**
 * Whether a path already leads from `from` to `to` along existing links (breadth-first, one query
 * per level). Adding `to → from` would then close a cycle.
 */
export async function reaches(trx: Kysely<DB>, from: string, to: string): Promise<boolean> {
  const seen = new Set<string>([from]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next = await trx
      .selectFrom('taskDependencies')
      .select('successorId')
      .where('predecessorId', 'in', frontier)
      .execute();
    frontier = [];
    for (const { successorId } of next) {
      if (successorId === to) return true;
      if (!seen.has(successorId)) {
        seen.add(successorId);
        frontier.push(successorId);
      }
    }
  }
  return false;
}

/**
 * Links `predecessorId` before the task. Both must be visible (404), the task editable by the
 * viewer (403); a self-link is 400, an existing pair 409 `dependency_exists`, a cycle 409
 * `dependency_cycle`. Returns the link id.
 */
export async function addDependency(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  input: { predecessorId: string; type: 'FS' | 'SS' | 'FF' | 'SF' },
): Promise<string> {
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const task = await loadVisibleTask(trx, viewer, taskId);
    if (!canEditTask(viewer, task.facts)) throw forbidden('Only those who edit the task link it');
    if (input.predecessorId === taskId) throw badField('predecessorId', 'a task cannot depend on itself');
    await loadVisibleTask(trx, viewer, input.predecessorId, 'Predecessor task');
    const existing = await trx
      .selectFrom('taskDependencies')
      .select('id')
      .where('predecessorId', '=', input.predecessorId)
      .where('successorId', '=', taskId)
      .executeTakeFirst();
    if (existing)
      throw conflict('dependency_exists', 'These tasks are already linked', [
        { field: 'predecessorId', message: 'already linked' },
      ]);
    if (await reaches(trx, taskId, input.predecessorId)) {
      throw conflict('dependency_cycle', 'This link would make a cycle', [
        { field: 'predecessorId', message: 'would make a cycle' },
      ]);
    }
    await trx
      .insertInto('taskDependencies')
      .values({ id, predecessorId: input.predecessorId, successorId: taskId, type: input.type, createdAt: nowIso() })
      .execute();
    await appendEvent(trx, {
      type: 'task.dependency_added',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: { changes: { linkId: id, predecessorId: input.predecessorId, successorId: taskId, type: input.type } },
    });
  });
  return id;
}

/** Removes a link touching the task (either direction), by those who edit the task. */
export async function removeDependency(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  linkId: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const task = await loadVisibleTask(trx, viewer, taskId);
    const link = await trx
      .selectFrom('taskDependencies')
      .select(['id', 'predecessorId', 'successorId', 'type'])
      .where('id', '=', linkId)
      .where((eb) => eb.or([eb('predecessorId', '=', taskId), eb('successorId', '=', taskId)]))
      .executeTakeFirst();
    if (!link) throw notFound('Dependency');
    if (!canEditTask(viewer, task.facts)) throw forbidden('Only those who edit the task unlink it');
    await trx.deleteFrom('taskDependencies').where('id', '=', linkId).execute();
    await appendEvent(trx, {
      type: 'task.dependency_removed',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: { changes: { linkId, predecessorId: link.predecessorId, successorId: link.successorId, type: link.type } },
    });
  });
}
