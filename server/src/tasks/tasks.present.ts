import type { Task, TaskListItem, TaskPriority, TaskStatus, UserSummary } from '@artel/common';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { preparedQuery } from '../db/prepared-query.js';
import { readJson, toIso, toIsoOrNull } from '../db/values.js';
import { presentUserSummary } from '../org/users.present.js';
import { unknownUser } from '../projects/projects.present.js';
import { taskAbilities, type TaskFacts, type TaskViewer } from './tasks.policy.js';
import type { TaskListRow, TaskPersonRow, TaskRow } from './tasks.repo.js';

/** Stored priority ranks, so `sort=priority` orders by importance. */
export const PRIORITY_RANK: Record<TaskPriority, number> = { low: 1, normal: 2, high: 3 };
const PRIORITY_NAME: Record<number, TaskPriority> = { 1: 'low', 2: 'normal', 3: 'high' };

/** Priority as the API names it. */
export function priorityName(rank: number): TaskPriority {
  return PRIORITY_NAME[rank] ?? 'normal';
}

/** The access facts of a task row and its people. */
export function taskFacts(row: TaskRow, people: readonly TaskPersonRow[]): TaskFacts {
  return {
    status: row.status as TaskStatus,
    creatorId: row.creatorId,
    responsibleId: row.responsibleId,
    requiresApproval: Boolean(row.requiresApproval),
    people: people.map((p) => ({ userId: p.userId, role: p.role, departmentId: p.departmentId })),
    project:
      row.projectId && row.projectVisibility
        ? {
            visibility: row.projectVisibility,
            archived: Boolean(row.projectArchived),
            myRole: row.myProjectRole ?? null,
          }
        : null,
  };
}

function corePart(row: TaskListRow | TaskRow, people: readonly TaskPersonRow[]) {
  const ref = (id: string): UserSummary => {
    const p = people.find((x) => x.userId === id);
    return p ? presentUserSummary({ ...p, id: p.userId }) : unknownUser(id);
  };
  const idsOf = (role: string) => people.filter((p) => p.role === role).map((p) => p.userId);
  return {
    id: row.id,
    title: row.title,
    status: row.status as TaskStatus,
    creatorId: row.creatorId,
    responsibleId: row.responsibleId,
    participantIds: idsOf('participant'),
    observerIds: idsOf('observer'),
    projectId: row.projectId,
    parentId: row.parentId,
    deadline: toIsoOrNull(row.deadline),
    startDate: toIsoOrNull(row.startDate),
    endDate: toIsoOrNull(row.endDate),
    priority: priorityName(row.priority),
    requiresApproval: Boolean(row.requiresApproval),
    crmLink: row.crmType && row.crmId ? { type: row.crmType as 'deal', id: row.crmId } : null,
    declineReason: row.declineReason,
    disapproveReason: row.disapproveReason,
    version: row.version,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    tags: readJson<string[]>(row.tags),
    stageId: row.stageId,
    completedAt: toIsoOrNull(row.completedAt),
    creator: ref(row.creatorId),
    responsible: ref(row.responsibleId),
    project: row.projectId ? { id: row.projectId, name: row.projectName ?? '' } : null,
    parent: row.parentId ? { id: row.parentId, title: row.parentTitle ?? '' } : null,
    checklist: { total: row.checklistTotal, done: row.checklistDone },
    subtaskCount: row.subtaskCount,
    commentCount: row.commentCount,
  };
}

/** One task as `GET /tasks/:id` and every task write answer it. */
export function presentTask(viewer: TaskViewer, row: TaskRow, people: readonly TaskPersonRow[]): Task {
  const summaries = (role: string) =>
    people.filter((p) => p.role === role).map((p) => presentUserSummary({ ...p, id: p.userId }));
  return {
    ...corePart(row, people),
    description: row.description,
    participants: summaries('participant'),
    observers: summaries('observer'),
    abilities: taskAbilities(viewer, taskFacts(row, people)),
  };
}

const pageHelpers = preparedQuery((db, _shape: null, v: { ids: readonly string[] }) =>
  db
    .selectFrom('taskPeople')
    .select(['taskId', 'userId', 'role'])
    .where('taskId', 'in', v.ids)
    .where('role', 'in', ['participant', 'observer']),
);

/**
 * A page of list items with one more query whatever the page size: participants and observers
 * from the people index (no join). The creators, responsible people and the viewer's read marks
 * came with the page (`listTasks`). No query per row.
 */
export async function presentTaskList(db: Kysely<DB>, rows: TaskListRow[]): Promise<TaskListItem[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const helpers = await pageHelpers(db, null, { ids });
  const byTask = new Map<string, { participantIds: string[]; observerIds: string[] }>();
  for (const p of helpers) {
    let entry = byTask.get(p.taskId);
    if (!entry) byTask.set(p.taskId, (entry = { participantIds: [], observerIds: [] }));
    (p.role === 'participant' ? entry.participantIds : entry.observerIds).push(p.userId);
  }
  const summary = (
    id: string,
    name: string | null,
    position: string | null,
    photoFile: string | null,
    version: number | null,
  ) =>
    name === null || version === null
      ? unknownUser(id)
      : presentUserSummary({ id, name, position, photoFile, version });
  return rows.map((row) => ({
    ...corePart(row, []),
    participantIds: byTask.get(row.id)?.participantIds ?? [],
    observerIds: byTask.get(row.id)?.observerIds ?? [],
    creator: summary(row.creatorId, row.creatorName, row.creatorPosition, row.creatorPhotoFile, row.creatorVersion),
    responsible: summary(
      row.responsibleId,
      row.responsibleName,
      row.responsiblePosition,
      row.responsiblePhotoFile,
      row.responsibleVersion,
    ),
    unreadComments: Math.max(0, row.commentCount - (row.readCount ?? 0)),
  }));
}
