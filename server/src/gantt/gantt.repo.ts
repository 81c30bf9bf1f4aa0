import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { toIso, toIsoOrNull } from '../db/values.js';
import type { LinkType } from './types.js';

type Timestamp = string | Date;

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
  /** Read only with `lifeDates` (the dashboard's burndown). */
  createdAt: string | undefined;
  completedAt: string | null | undefined;
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
 * so no per-row visibility test is needed. Read as arrays (`selectArrays`): for 5,000 rows an
 * object built per row by the driver cost more than the whole schedule.
 */
export async function loadProjectTasks(
  database: Database,
  projectId: string,
  options: { lifeDates?: boolean } = {},
): Promise<ProjectTaskRow[]> {
  const query = database.db
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
      'createdAt',
      'completedAt',
    ])
    .where('projectId', '=', projectId)
    .orderBy('id')
    .compile();
  const rows = await database.selectArrays(query);
  const lifeDates = options.lifeDates === true;
  return rows.map((r) => ({
    id: r[0] as string,
    title: r[1] as string,
    parentId: r[2] as string | null,
    startDate: toIsoOrNull(r[3] as Timestamp | null),
    endDate: toIsoOrNull(r[4] as Timestamp | null),
    deadline: toIsoOrNull(r[5] as Timestamp | null),
    status: r[6] as string,
    responsibleId: r[7] as string,
    creatorId: r[8] as string,
    checklistTotal: Number(r[9]),
    checklistDone: Number(r[10]),
    createdAt: lifeDates ? toIso(r[11] as Timestamp) : undefined,
    completedAt: lifeDates ? toIsoOrNull(r[12] as Timestamp | null) : undefined,
  }));
}

/**
 * The links into the project's tasks, in one query: each task's incoming links along
 * `task_dependencies_successor_idx`, in the successors' order (sorting 5,000 links would buy the
 * chart nothing). Pass them through `linksWithin` to keep those whose predecessor is in the project.
 */
export async function loadProjectLinks(database: Database, projectId: string): Promise<ProjectLinkRow[]> {
  const query = database.db
    .selectFrom('tasks as s')
    .innerJoin('taskDependencies as d', 'd.successorId', 's.id')
    .select(['d.id', 'd.predecessorId', 'd.successorId', 'd.type'])
    .where('s.projectId', '=', projectId)
    .compile();
  return (await database.selectArrays(query)).map((r) => ({
    id: r[0] as string,
    predecessorId: r[1] as string,
    successorId: r[2] as string,
    type: r[3] as LinkType,
  }));
}

/**
 * The links between tasks of the project: a link reaching into another project constrains
 * nothing the chart of this one can show. Both ends are checked: on PostgreSQL the two reads are
 * separate statements, and a task may join the project between them.
 */
export function linksWithin(links: readonly ProjectLinkRow[], tasks: readonly { id: string }[]): ProjectLinkRow[] {
  const ids = new Set(tasks.map((t) => t.id));
  return links.filter((l) => ids.has(l.predecessorId) && ids.has(l.successorId));
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
  // `cross join` makes SQLite walk the project's tasks first and each one's events by index;
  // left to itself it scans every task event in the log. PostgreSQL reads it as an inner join.
  const { rows: current } = await sql<EventRow>`
    select e.id, e.entity_id, e.type, e.data, e.created_at
    from tasks t cross join events e
    where t.project_id = ${projectId} and e.entity_type = 'task' and e.entity_id = t.id and ${relevantToBurndown}`.execute(
    db,
  );
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

type EventRow = { id: number | string; entityId: string; type: string; data: unknown; createdAt: string | Date };

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
