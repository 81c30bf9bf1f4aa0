import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { toIso, toIsoOrNull } from '../db/values.js';
import type { LinkType } from './types.js';

/** A project's task as the Gantt chart and the dashboard read it. */
export interface ProjectTaskRow {
  id: string;
  title: string;
  parentId: string | null;
  startDate: string | null;
  endDate: string | null;
  deadline: string | null;
  status: string;
  responsibleId: string;
  creatorId: string;
  checklistTotal: number;
  checklistDone: number;
  subtaskCount: number;
  createdAt: string;
  completedAt: string | null;
}

/** A link between two tasks of the project. */
export interface ProjectLinkRow {
  id: string;
  predecessorId: string;
  successorId: string;
  type: LinkType;
}

/**
 * Every task of a project, in creation order (ids are time-ordered): one query along
 * `tasks_project_idx`. Whoever may see the project sees all of its tasks (see `gantt.routes.ts`),
 * so no per-row visibility test is needed.
 */
export async function loadProjectTasks(db: Kysely<DB>, projectId: string): Promise<ProjectTaskRow[]> {
  const rows = await db
    .selectFrom('tasks')
    .select([
      'id',
      'title',
      'parentId',
      'startDate',
      'endDate',
      'deadline',
      'status',
      'responsibleId',
      'creatorId',
      'checklistTotal',
      'checklistDone',
      'subtaskCount',
      'createdAt',
      'completedAt',
    ])
    .where('projectId', '=', projectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    ...r,
    startDate: toIsoOrNull(r.startDate),
    endDate: toIsoOrNull(r.endDate),
    deadline: toIsoOrNull(r.deadline),
    createdAt: toIso(r.createdAt),
    completedAt: toIsoOrNull(r.completedAt),
  }));
}

/**
 * The links between tasks of the project, in one query: links are found from their successor
 * (`task_dependencies_successor_idx`) and kept when the predecessor is in the project too. A link
 * reaching into another project constrains nothing the chart of this one can show.
 *
 * The predecessor's project is checked here rather than in SQL: with both ends' projects in the
 * `where`, SQLite's planner walks the project's tasks twice and probes every pair of them (25 M
 * lookups, 17 s at 5,000 tasks); from the successors alone it is one index range per task (40 ms).
 */
export async function loadProjectLinks(db: Kysely<DB>, projectId: string): Promise<ProjectLinkRow[]> {
  const rows = await db
    .selectFrom('tasks as s')
    .innerJoin('taskDependencies as d', 'd.successorId', 's.id')
    .innerJoin('tasks as p', 'p.id', 'd.predecessorId')
    .select(['d.id', 'd.predecessorId', 'd.successorId', 'd.type', 'p.projectId as predecessorProjectId'])
    .where('s.projectId', '=', projectId)
    .orderBy('d.id')
    .execute();
  return rows
    .filter((r) => r.predecessorProjectId === projectId)
    .map((r) => ({ id: r.id, predecessorId: r.predecessorId, successorId: r.successorId, type: r.type as LinkType }));
}

/** An event that moves a task in or out of the burndown: creation, status, project, deletion. */
export interface TaskLifeEvent {
  id: number;
  taskId: string;
  type: string;
  data: unknown;
  at: string;
}

/** Creation, status changes and deletion, and the edits that moved a task between projects. */
const relevantToBurndown = sql<boolean>`(e.type in ('task.created', 'task.status_changed', 'task.deleted')
  or (e.type = 'task.updated' and cast(e.data as text) like '%"projectId"%'))`;

/**
 * The events that shaped the project's burndown, oldest first: the creation, status changes,
 * project moves and deletion of every task now in the project, and of every task that left it
 * (deleted or moved elsewhere), which the project's own `project.task_removed` events point to.
 * Both sets are read along `events_entity_idx`; edits that touch neither status nor project are
 * filtered out in SQL.
 */
export async function loadTaskLifeEvents(db: Kysely<DB>, projectId: string): Promise<TaskLifeEvent[]> {
  const current = await eventsOf(db)
    .innerJoin('tasks as t', 't.id', 'e.entityId')
    .where('t.projectId', '=', projectId)
    .where(relevantToBurndown)
    .execute();
  const removed = await db
    .selectFrom('events')
    .select('data')
    .where('entityType', '=', 'project')
    .where('entityId', '=', projectId)
    .where('type', '=', 'project.task_removed')
    .execute();
  const currentIds = new Set(current.map((e) => e.entityId));
  const goneIds = [
    ...new Set(removed.map((r) => readTaskId(r.data)).filter((id): id is string => !!id && !currentIds.has(id))),
  ];
  const gone =
    goneIds.length > 0 ? await eventsOf(db).where('e.entityId', 'in', goneIds).where(relevantToBurndown).execute() : [];
  return [...current, ...gone]
    .map((e) => ({ id: Number(e.id), taskId: e.entityId, type: e.type, data: e.data, at: toIsoOrNull(e.createdAt)! }))
    .sort((a, b) => a.id - b.id);
}

function eventsOf(db: Kysely<DB>) {
  return db
    .selectFrom('events as e')
    .select(['e.id', 'e.entityId', 'e.type', 'e.data', 'e.createdAt'])
    .where('e.entityType', '=', 'task');
}

function readTaskId(data: unknown): string | undefined {
  const parsed = (typeof data === 'string' ? JSON.parse(data) : data) as { taskId?: string } | null;
  return parsed?.taskId;
}
