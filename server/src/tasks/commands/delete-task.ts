import type { AppContext } from '../../context.js';
import { appendEvent } from '../../events/event-log.js';
import { forbidden } from '../../http/errors.js';
import { loadVisibleTask } from '../task-access.js';
import { canDeleteTask, type TaskViewer } from '../tasks.policy.js';

/**
 * Deletes a task (creator or admin) with its people, tags, checklist, comments, links and
 * attachments; its subtasks stay, detached. The files go after the commit, so a rolled-back
 * delete never loses one.
 */
export async function deleteTask(ctx: AppContext, viewer: TaskViewer, taskId: string): Promise<void> {
  const files = await ctx.db.transaction().execute(async (trx) => {
    const task = await loadVisibleTask(trx, viewer, taskId);
    if (!canDeleteTask(viewer, task.facts)) throw forbidden('Only the creator or an admin deletes a task');
    const attachments = await trx
      .selectFrom('taskAttachments')
      .select('storageKey')
      .where('taskId', '=', taskId)
      .execute();
    await appendEvent(trx, {
      type: 'task.deleted',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: { changes: { title: { old: task.row.title, new: null } } },
    });
    if (task.row.projectId) {
      // The project's burndown still counts the task until today: its log must find it.
      await appendEvent(trx, {
        type: 'project.task_removed',
        entityType: 'project',
        entityId: task.row.projectId,
        actorId: viewer.id,
        data: { taskId, title: task.row.title, reason: 'deleted' },
      });
    }
    if (task.row.parentId) {
      await trx
        .updateTable('tasks')
        .set((eb) => ({ subtaskCount: eb('subtaskCount', '-', 1) }))
        .where('id', '=', task.row.parentId)
        .execute();
    }
    await trx.updateTable('tasks').set({ parentId: null }).where('parentId', '=', taskId).execute();
    await trx.deleteFrom('tasks').where('id', '=', taskId).execute();
    return attachments.map((a) => a.storageKey);
  });
  for (const key of files) await ctx.storage.remove(key);
}
