import type { CreateTaskInput, Task } from '@artel/common';
import type { Insertable, Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { preparedQuery } from '../../db/prepared-query.js';
import type { DB } from '../../db/schema.js';
import { nowIso, toStoredInstant } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { badField, forbidden, notFound } from '../../http/errors.js';
import { isManagerOf } from '../../org/managed-departments.js';
import { STAGE_GAP } from '../../projects/commands/project-stages.js';
import { canCreateTaskIn, canSeeProject } from '../../projects/projects.policy.js';
import { projectFacts } from '../../projects/projects.present.js';
import { findProject, type ProjectRow } from '../../projects/projects.repo.js';
import { loadVisibleTask } from '../task-access.js';
import { initialStatus } from '../task-workflow.js';
import type { TaskViewer } from '../tasks.policy.js';
import { presentTask, PRIORITY_RANK } from '../tasks.present.js';
import type { TaskPersonRow, TaskRow } from '../tasks.repo.js';
import { normalisePeople, titleKeys } from './task-people.js';

/**
 * Creates a task in one transaction: the row, its people, its tags and the `task.created` event.
 * The status starts `pending` when the creator is the responsible person or up their manager
 * chain, else `new`. A project or parent the creator cannot see is 404, as everywhere. The answer
 * is built from what the transaction already read (one query for all the people), so creating
 * costs no second round of reads.
 */
export async function createTask(ctx: AppContext, viewer: TaskViewer, input: CreateTaskInput): Promise<Task> {
  const id = newId();
  const tree = viewer.tree ?? (await ctx.orgTree.get());
  const deadline = toStoredInstant(input.deadline) ?? null;
  const startDate = toStoredInstant(input.startDate) ?? null;
  const endDate = toStoredInstant(input.endDate) ?? null;
  if (startDate && endDate && endDate < startDate) throw badField('endDate', 'must not be before startDate');
  const { participants, observers } = normalisePeople(
    input.responsibleId,
    input.participantIds ?? [],
    input.observerIds ?? [],
  );
  const tags = [...new Set(input.tags ?? [])];
  const now = nowIso();
  // Grouped with other creations arriving meanwhile into one commit (each in its own savepoint).
  const built = await ctx.writes.run(async (trx) => {
    const users = await activePeople(trx, null, {
      ids: [...new Set([viewer.id, input.responsibleId, ...participants, ...observers])],
      active: true,
    });
    const byId = new Map(users.map((u) => [u.id, u]));
    requirePresent(byId, 'responsibleId', [input.responsibleId]);
    requirePresent(byId, 'participantIds', participants);
    requirePresent(byId, 'observerIds', observers);
    const placement = input.projectId ? await projectPlacement(trx, viewer, input.projectId) : null;
    const parent = input.parentId ? await loadVisibleTask(trx, viewer, input.parentId, 'Parent task') : null;
    const responsible = byId.get(input.responsibleId)!;
    const status = initialStatus(viewer.id === input.responsibleId || isManagerOf(tree, viewer.id, responsible));
    const row = {
      id,
      title: input.title,
      description: input.description ?? '',
      status,
      creatorId: viewer.id,
      responsibleId: input.responsibleId,
      projectId: input.projectId ?? null,
      parentId: input.parentId ?? null,
      stageId: placement?.stageId ?? null,
      stagePosition: placement?.position ?? null,
      deadline,
      startDate,
      endDate,
      priority: PRIORITY_RANK[input.priority ?? 'normal'],
      requiresApproval: input.requiresApproval ?? false,
      crmType: input.crmLink?.type ?? null,
      crmId: input.crmLink?.id ?? null,
      declineReason: null,
      disapproveReason: null,
      tags: JSON.stringify(tags),
      completedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertTask(trx, null, { ...row, ...titleKeys(input.title) });
    const people = [
      { taskId: id, userId: viewer.id, role: 'creator' as const },
      { taskId: id, userId: input.responsibleId, role: 'responsible' as const },
      ...participants.map((userId) => ({ taskId: id, userId, role: 'participant' as const })),
      ...observers.map((userId) => ({ taskId: id, userId, role: 'observer' as const })),
    ];
    await insertPeople(trx, null, {
      taskId: id,
      userIds: people.map((p) => p.userId),
      roles: people.map((p) => p.role),
    });
    if (tags.length > 0) await insertTags(trx, null, { taskId: id, tags });
    if (input.parentId) {
      await trx
        .updateTable('tasks')
        .set((eb) => ({ subtaskCount: eb('subtaskCount', '+', 1) }))
        .where('id', '=', input.parentId)
        .execute();
    }
    const created = { title: input.title, status, responsibleId: input.responsibleId, projectId: row.projectId };
    await appendEvent(trx, {
      type: 'task.created',
      entityType: 'task',
      entityId: id,
      actorId: viewer.id,
      data: {
        changes: Object.fromEntries(
          Object.entries({ ...created, parentId: row.parentId, deadline }).map(([k, v]) => [k, { old: null, new: v }]),
        ),
      },
    });
    const taskRow: TaskRow = {
      ...row,
      commentCount: 0,
      checklistTotal: 0,
      checklistDone: 0,
      subtaskCount: 0,
      version: 1,
      projectName: placement?.project.name ?? null,
      projectVisibility: placement?.project.visibility ?? null,
      projectArchived: placement?.project.archived ?? null,
      myProjectRole: placement?.project.myRole ?? null,
      parentTitle: parent?.row.title ?? null,
    };
    const personRows: TaskPersonRow[] = people
      .map((p) => ({ ...p, ...byId.get(p.userId)! }))
      .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0))
      .map(({ taskId, userId, role, name, position, photoFile, version, departmentId }) => ({
        taskId,
        userId,
        role,
        name,
        position,
        photoFile,
        version,
        departmentId,
      }));
    return { taskRow, personRows };
  });
  return presentTask(viewer, built.taskRow, built.personRows);
}

// The statements of every creation, built once (see `preparedQuery`).
const activePeople = preparedQuery((db, _shape: null, v: { ids: readonly string[]; active: boolean }) =>
  db
    .selectFrom('users')
    .select(['id', 'name', 'sortName', 'position', 'photoFile', 'version', 'departmentId'])
    .where('id', 'in', v.ids)
    .where('isActive', '=', v.active),
);

type TaskInsert = Insertable<DB['tasks']> & Record<string, string | number | boolean | null>;
const insertTask = preparedQuery((db, _shape: null, v: TaskInsert) => db.insertInto('tasks').values(v));

const insertPeople = preparedQuery(
  (db, _shape: null, v: { taskId: string; userIds: readonly string[]; roles: readonly string[] }) =>
    db
      .insertInto('taskPeople')
      .values(v.userIds.map((userId, i) => ({ taskId: v.taskId, userId, role: v.roles[i] as TaskPersonRow['role'] }))),
);

const insertTags = preparedQuery((db, _shape: null, v: { taskId: string; tags: readonly string[] }) =>
  db.insertInto('taskTags').values(v.tags.map((tag) => ({ taskId: v.taskId, tag }))),
);

function requirePresent(found: Map<string, unknown>, field: string, ids: readonly string[]): void {
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw badField(field, `no active user ${missing}`);
}

/**
 * Where a task lands in a project: the end of its first stage. The project must be visible (else
 * 404) and take tasks from this person (else 403).
 */
export async function projectPlacement(
  trx: Kysely<DB>,
  viewer: TaskViewer,
  projectId: string,
): Promise<{ stageId: string | null; position: number | null; project: ProjectRow }> {
  const project = await findProject(trx, projectId, viewer.id);
  if (!project || !canSeeProject(viewer, projectFacts(project))) throw notFound('Project');
  if (!canCreateTaskIn(viewer, projectFacts(project))) throw forbidden('This project does not take tasks from you');
  const stage = await trx
    .selectFrom('projectStages')
    .select('id')
    .where('projectId', '=', projectId)
    .orderBy('position')
    .limit(1)
    .executeTakeFirst();
  if (!stage) return { stageId: null, position: null, project };
  const last = await trx
    .selectFrom('tasks')
    .select('stagePosition')
    .where('projectId', '=', projectId)
    .where('stageId', '=', stage.id)
    .orderBy('stagePosition', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { stageId: stage.id, position: (last?.stagePosition ?? 0) + STAGE_GAP, project };
}
