import type { TaskAction, TaskStatus } from '@artel/common';
import type { AppContext } from '../../context.js';
import { nowIso } from '../../db/values.js';
import { appendEvent, type NewEvent } from '../../events/event-log.js';
import type { FieldChange } from '../../events/event-map.js';
import { badField, conflict, forbidden } from '../../http/errors.js';
import { isManagerOf } from '../../org/managed-departments.js';
import { missingOrStale } from '../../org/versioned-update.js';
import { loadVisibleTask } from '../task-access.js';
import { ACTIONS_NEEDING_REASON, decideAction, initialStatus } from '../task-workflow.js';
import { workflowRoles, type TaskViewer } from '../tasks.policy.js';
import { replaceRole, requireActiveUsers } from './task-people.js';

/** What an action's body may carry. */
export interface ActionInput {
  reason?: string | undefined;
  userId?: string | undefined;
  responsibleId?: string | undefined;
}

/**
 * Runs a workflow action: 404 when the task is invisible, 403 when the action is not this
 * person's, 409 `invalid_transition` from the wrong status, 400 for a missing reason or person.
 * The status change, any change of people and the `task.status_changed` event commit together.
 */
export async function runTaskAction(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  action: TaskAction,
  input: ActionInput,
): Promise<void> {
  const tree = viewer.tree ?? (await ctx.orgTree.get());
  await ctx.db.transaction().execute(async (trx) => {
    const task = await loadVisibleTask(trx, viewer, taskId);
    const { row } = task;
    const roles = workflowRoles(viewer, task.facts);
    const precheck = decideAction(action, task.facts, roles);
    if (!precheck.allowed) {
      if (precheck.reason === 'forbidden') throw forbidden(`You may not ${action} this task`);
      throw conflict('invalid_transition', `Cannot ${action} a task that is ${row.status}`, [
        { field: 'status', message: row.status },
      ]);
    }
    if (ACTIONS_NEEDING_REASON.includes(action) && !input.reason) throw badField('reason', `${action} needs a reason`);
    const nextResponsible =
      action === 'delegate' ? input.userId : action === 'reassign' ? input.responsibleId : undefined;
    let to: TaskStatus = precheck.to;
    let newResponsibleFound: { departmentId: string | null } | undefined;
    if (action === 'delegate' || action === 'reassign') {
      const field = action === 'delegate' ? 'userId' : 'responsibleId';
      if (!nextResponsible) throw badField(field, 'required');
      newResponsibleFound = (await requireActiveUsers(trx, field, [nextResponsible])).get(nextResponsible)!;
      const target = { id: nextResponsible, departmentId: newResponsibleFound.departmentId };
      if (action === 'delegate' && !isManagerOf(tree, viewer.id, target)) {
        throw badField('userId', 'you can delegate only to someone who reports to you');
      }
      if (action === 'reassign')
        to = initialStatus(row.creatorId === nextResponsible || isManagerOf(tree, row.creatorId, target));
    }
    const set: Record<string, unknown> = { status: to, version: row.version + 1, updatedAt: nowIso() };
    if (action === 'decline') set.declineReason = input.reason;
    if (action === 'disapprove') set.disapproveReason = input.reason;
    if (action === 'reassign') set.declineReason = null;
    if (to === 'completed') set.completedAt = nowIso();
    else if (row.status === 'completed') set.completedAt = null;
    let responsibleChange: FieldChange | undefined;
    if (nextResponsible && nextResponsible !== row.responsibleId) {
      responsibleChange = { old: row.responsibleId, new: nextResponsible };
      set.responsibleId = nextResponsible;
      await trx.deleteFrom('taskPeople').where('taskId', '=', taskId).where('role', '=', 'responsible').execute();
      await trx.insertInto('taskPeople').values({ taskId, userId: nextResponsible, role: 'responsible' }).execute();
      const participants = task.people.filter((p) => p.role === 'participant').map((p) => p.userId);
      const observers = task.people.filter((p) => p.role === 'observer').map((p) => p.userId);
      await replaceRole(
        trx,
        taskId,
        'participant',
        participants,
        participants.filter((id) => id !== nextResponsible),
        viewer.id,
        action,
      );
      // The delegator keeps watching the work they handed down.
      const nextObservers = observers.filter((id) => id !== nextResponsible);
      if (action === 'delegate' && !nextObservers.includes(row.responsibleId)) nextObservers.push(row.responsibleId);
      await replaceRole(trx, taskId, 'observer', observers, nextObservers, viewer.id, action);
    }
    const updated = await trx
      .updateTable('tasks')
      .set(set)
      .where('id', '=', taskId)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) missingOrStale(true, 'Task');
    const event: NewEvent<'task.status_changed'> = {
      type: 'task.status_changed',
      entityType: 'task',
      entityId: taskId,
      actorId: viewer.id,
      data: {
        changes: {
          status: { old: row.status, new: to },
          action,
          ...(input.reason && ACTIONS_NEEDING_REASON.includes(action) ? { reason: input.reason } : {}),
          ...(action === 'reassign' && input.reason ? { reason: input.reason } : {}),
          ...(responsibleChange ? { responsibleId: responsibleChange } : {}),
        },
      },
    };
    await appendEvent(trx, event);
  });
}
