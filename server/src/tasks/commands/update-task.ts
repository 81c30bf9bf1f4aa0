import type { ShiftedTask, TaskStatus, UpdateTaskInput } from '@artel/common';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { nowIso, readJson, toIsoOrNull, toStoredInstant } from '../../db/values.js';
import { appendEvent, diffFields } from '../../events/event-log.js';
import { badField, conflict, forbidden } from '../../http/errors.js';
import { isManagerOf } from '../../org/managed-departments.js';
import { missingOrStale } from '../../org/versioned-update.js';
import { loadVisibleTask, type LoadedTask } from '../task-access.js';
import { initialStatus } from '../task-workflow.js';
import { canEditTask, type TaskViewer } from '../tasks.policy.js';
import { PRIORITY_RANK, priorityName } from '../tasks.present.js';
import { projectPlacement } from './create-task.js';
import { shiftDependants } from './shift-dependants.js';
import { normalisePeople, replaceRole, requireActiveUsers, titleKeys } from './task-people.js';

/** The task's editable fields as the API shows them, for field-level history. */
function editableView(task: LoadedTask) {
  const { row, people } = task;
  return {
    title: row.title,
    description: row.description,
    responsibleId: row.responsibleId,
    projectId: row.projectId,
    parentId: row.parentId,
    deadline: toIsoOrNull(row.deadline),
    startDate: toIsoOrNull(row.startDate),
    endDate: toIsoOrNull(row.endDate),
    priority: priorityName(row.priority),
    requiresApproval: Boolean(row.requiresApproval),
    crmLink: row.crmType && row.crmId ? { type: row.crmType, id: row.crmId } : null,
    tags: readJson<string[]>(row.tags),
    participantIds: people.filter((p) => p.role === 'participant').map((p) => p.userId),
    observerIds: people.filter((p) => p.role === 'observer').map((p) => p.userId),
  };
}

/**
 * Edits a task (creator, project owner/moderators, admins) with optimistic concurrency. A new
 * responsible person restarts the cycle like `reassign`; `participantIds`/`observerIds` replace
 * the sets, each change recorded as its own member event; everything else lands in one
 * `task.updated` with old → new per field. New dates push the task's dependants forward along
 * their links (`shiftDependants`); the pushed tasks are returned.
 */
export async function updateTask(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  input: UpdateTaskInput,
): Promise<ShiftedTask[]> {
  const { version, ...raw } = input;
  const tree = viewer.tree ?? (await ctx.orgTree.get());
  return ctx.db.transaction().execute(async (trx) => {
    const task = await loadVisibleTask(trx, viewer, taskId);
    if (!canEditTask(viewer, task.facts))
      throw forbidden('Only the creator, the project’s moderators and admins edit a task');
    if (task.row.version !== version) missingOrStale(true, 'Task');
    const before = editableView(task);
    const patch = {
      ...raw,
      deadline: toStoredInstant(raw.deadline),
      startDate: toStoredInstant(raw.startDate),
      endDate: toStoredInstant(raw.endDate),
      tags: raw.tags && [...new Set(raw.tags)],
    };
    const start = patch.startDate === undefined ? before.startDate : patch.startDate;
    const end = patch.endDate === undefined ? before.endDate : patch.endDate;
    if (start && end && end < start) throw badField('endDate', 'must not be before startDate');
    const changes = diffFields(before, { ...patch, participantIds: undefined, observerIds: undefined });
    const set: Record<string, unknown> = {};
    for (const key of ['title', 'description', 'deadline', 'startDate', 'endDate', 'requiresApproval'] as const) {
      if (changes[key]) set[key] = patch[key];
    }
    if (changes.title) Object.assign(set, titleKeys(patch.title!));
    if (changes.priority) set.priority = PRIORITY_RANK[patch.priority!];
    if (changes.crmLink) Object.assign(set, { crmType: patch.crmLink?.type ?? null, crmId: patch.crmLink?.id ?? null });
    if (changes.tags) {
      set.tags = JSON.stringify(patch.tags);
      await trx.deleteFrom('taskTags').where('taskId', '=', taskId).execute();
      if (patch.tags!.length)
        await trx
          .insertInto('taskTags')
          .values(patch.tags!.map((tag) => ({ taskId, tag })))
          .execute();
    }
    if (changes.projectId) {
      const placement = patch.projectId ? await projectPlacement(trx, viewer, patch.projectId) : null;
      Object.assign(set, {
        projectId: patch.projectId,
        stageId: placement?.stageId ?? null,
        stagePosition: placement?.position ?? null,
      });
    }
    if (changes.parentId) await changeParent(trx, viewer, taskId, before.parentId, patch.parentId ?? null);
    Object.assign(set, await changeResponsible(trx, tree, task, patch.responsibleId, changes));
    const responsibleId = patch.responsibleId ?? before.responsibleId;
    const { participants, observers } = normalisePeople(
      responsibleId,
      patch.participantIds ?? before.participantIds.filter((id) => id !== responsibleId),
      patch.observerIds ?? before.observerIds,
    );
    if (patch.participantIds) await requireActiveUsers(trx, 'participantIds', participants);
    if (patch.observerIds) await requireActiveUsers(trx, 'observerIds', observers);
    const participantsChanged = await replaceRole(
      trx,
      taskId,
      'participant',
      before.participantIds,
      participants,
      viewer.id,
    );
    const observersChanged = await replaceRole(trx, taskId, 'observer', before.observerIds, observers, viewer.id);
    const peopleChanged = participantsChanged || observersChanged;
    if (Object.keys(changes).length === 0 && !peopleChanged) return [];
    const updated = await trx
      .updateTable('tasks')
      .set({ ...set, version: version + 1, updatedAt: nowIso() })
      .where('id', '=', taskId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) missingOrStale(true, 'Task');
    if (Object.keys(changes).length > 0) {
      await appendEvent(trx, {
        type: 'task.updated',
        entityType: 'task',
        entityId: taskId,
        actorId: viewer.id,
        data: { changes },
      });
    }
    if (changes.projectId && before.projectId) {
      await appendEvent(trx, {
        type: 'project.task_removed',
        entityType: 'project',
        entityId: before.projectId,
        actorId: viewer.id,
        data: { taskId, title: task.row.title, reason: 'moved' },
      });
    }
    // Moving or resizing pushes the dependants forward, in the same transaction.
    if ((changes.startDate || changes.endDate) && start && end) {
      return shiftDependants(trx, viewer.id, taskId, before, { startDate: start, endDate: end });
    }
    return [];
  });
}

/** Moves a task under another parent: the parent must be visible (404) and not below the task (400). */
async function changeParent(
  trx: Kysely<DB>,
  viewer: TaskViewer,
  taskId: string,
  oldParent: string | null,
  newParent: string | null,
) {
  if (newParent) {
    await loadVisibleTask(trx, viewer, newParent, 'Parent task');
    let cursor: string | null = newParent;
    for (let depth = 0; cursor && depth < 1000; depth++) {
      if (cursor === taskId) throw badField('parentId', 'a task cannot sit under itself or its subtasks');
      const up: { parentId: string | null } | undefined = await trx
        .selectFrom('tasks')
        .select('parentId')
        .where('id', '=', cursor)
        .executeTakeFirst();
      cursor = up?.parentId ?? null;
    }
    await trx
      .updateTable('tasks')
      .set((eb) => ({ subtaskCount: eb('subtaskCount', '+', 1) }))
      .where('id', '=', newParent)
      .execute();
  }
  if (oldParent) {
    await trx
      .updateTable('tasks')
      .set((eb) => ({ subtaskCount: eb('subtaskCount', '-', 1) }))
      .where('id', '=', oldParent)
      .execute();
  }
  await trx.updateTable('tasks').set({ parentId: newParent }).where('id', '=', taskId).execute();
}

/**
 * A new responsible person through PATCH works like `reassign`: the status restarts by the
 * reporting-line rule (409 on a completed task, which must be renewed first).
 */
async function changeResponsible(
  trx: Kysely<DB>,
  tree: Parameters<typeof isManagerOf>[0],
  task: LoadedTask,
  next: string | undefined,
  changes: Record<string, { old: unknown; new: unknown }>,
): Promise<Record<string, unknown>> {
  if (!next || !changes.responsibleId) return {};
  if (task.row.status === 'completed')
    throw conflict('invalid_transition', 'Renew a completed task before giving it to someone else');
  const found = await requireActiveUsers(trx, 'responsibleId', [next]);
  const creatorId = task.row.creatorId;
  const status: TaskStatus = initialStatus(
    creatorId === next || isManagerOf(tree, creatorId, { id: next, departmentId: found.get(next)!.departmentId }),
  );
  if (status !== task.row.status) changes.status = { old: task.row.status, new: status };
  await trx.deleteFrom('taskPeople').where('taskId', '=', task.row.id).where('role', '=', 'responsible').execute();
  await trx.insertInto('taskPeople').values({ taskId: task.row.id, userId: next, role: 'responsible' }).execute();
  return { responsibleId: next, status, declineReason: null };
}
