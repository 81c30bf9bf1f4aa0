import type { TaskListQuery } from '@artel/common';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { escapeLike, normaliseQuery } from '../org/users.repo.js';
import { visibleTaskCondition } from './task-scope.js';
import { ACTIVE_STATUSES } from './task-workflow.js';
import type { TaskViewer } from './tasks.policy.js';

/** Task columns shared by lists and single reads (everything but the description). */
const LIST_COLUMNS = [
  't.id',
  't.title',
  't.status',
  't.creatorId',
  't.responsibleId',
  't.projectId',
  't.parentId',
  't.stageId',
  't.stagePosition',
  't.deadline',
  't.startDate',
  't.endDate',
  't.priority',
  't.requiresApproval',
  't.crmType',
  't.crmId',
  't.declineReason',
  't.disapproveReason',
  't.tags',
  't.commentCount',
  't.checklistTotal',
  't.checklistDone',
  't.subtaskCount',
  't.completedAt',
  't.version',
  't.createdAt',
  't.updatedAt',
  'p.name as projectName',
  'pt.title as parentTitle',
] as const;

/** One task with its project's access facts and the viewer's role there; undefined when missing. */
export function findTask(db: Kysely<DB>, id: string, viewerId: string) {
  return db
    .selectFrom('tasks as t')
    .leftJoin('projects as p', 'p.id', 't.projectId')
    .leftJoin('tasks as pt', 'pt.id', 't.parentId')
    .leftJoin('projectMembers as me', (join) =>
      join.onRef('me.projectId', '=', 't.projectId').on('me.userId', '=', viewerId),
    )
    .select([
      ...LIST_COLUMNS,
      't.description',
      'p.visibility as projectVisibility',
      'p.archived as projectArchived',
      'me.role as myProjectRole',
    ])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** A task row as `findTask` reads it. */
export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTask>>>;

/** The people of some tasks with their summary columns and departments, in one query. */
export function findTaskPeople(db: Kysely<DB>, taskIds: readonly string[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('taskPeople as tp')
    .innerJoin('users as u', 'u.id', 'tp.userId')
    .select(['tp.taskId', 'tp.userId', 'tp.role', 'u.name', 'u.position', 'u.photoFile', 'u.version', 'u.departmentId'])
    .where('tp.taskId', 'in', taskIds)
    .orderBy('u.sortName')
    .execute();
}

/** A person row as `findTaskPeople` reads it. */
export type TaskPersonRow = Awaited<ReturnType<typeof findTaskPeople>>[number];

/** The sort keys of the list, with the column each reads. */
const SORT_COLUMNS = {
  deadline: 't.deadline',
  updatedAt: 't.updatedAt',
  priority: 't.priority',
  title: 't.sortTitle',
  position: 't.stagePosition',
} as const;

/** A list position: the sort value and the id of the last row shown. */
export interface TaskCursor {
  v: string | number | null;
  i: string;
}

/** Everything a task list can be asked for, already checked by the route. */
export interface TaskListFilter extends Omit<TaskListQuery, 'cursor' | 'limit'> {
  viewer: TaskViewer;
  now: string;
  after: TaskCursor | undefined;
  limit: number;
}

/**
 * A page of tasks by keyset: the cost of a page does not grow with the table. "My" filters
 * (role, awaiting) drive the query from the index of that relation and need no visibility check
 * (the viewer is on each task); every other list gets the visibility condition.
 */
export function listTasks(db: Kysely<DB>, f: TaskListFilter) {
  const me = f.viewer.id;
  let q = db
    .selectFrom('tasks as t')
    .leftJoin('projects as p', 'p.id', 't.projectId')
    .leftJoin('tasks as pt', 'pt.id', 't.parentId');
  let idColumn: 't.id' | 'r.taskId' = 't.id';
  const sortKey = f.sort && f.sort !== 'createdAt' ? SORT_COLUMNS[f.sort] : null;
  if (f.role === 'participant' || f.role === 'observer') {
    const role = f.role;
    q = q.innerJoin('taskPeople as r', (join) =>
      join.onRef('r.taskId', '=', 't.id').on('r.userId', '=', me).on('r.role', '=', role),
    );
    // Ordering by the joined index column lets the database walk (user_id, role, task_id) in order.
    idColumn = 'r.taskId';
  } else if (f.role === 'responsible') q = q.where('t.responsibleId', '=', me);
  else if (f.role === 'creator') q = q.where('t.creatorId', '=', me);
  if (f.awaiting === 'acceptance') q = q.where('t.responsibleId', '=', me).where('t.status', '=', 'new');
  if (f.awaiting === 'approval') q = q.where('t.creatorId', '=', me).where('t.status', '=', 'awaiting_control');
  if (!f.role && !f.awaiting) {
    const visible = visibleTaskCondition(f.viewer);
    if (visible) q = q.where(visible);
  }
  if (f.status?.length) q = q.where('t.status', 'in', f.status);
  if (f.projectId) q = q.where('t.projectId', '=', f.projectId);
  if (f.responsibleId) q = q.where('t.responsibleId', '=', f.responsibleId);
  if (f.creatorId) q = q.where('t.creatorId', '=', f.creatorId);
  if (f.parentId) q = q.where('t.parentId', '=', f.parentId);
  if (f.stageId) q = q.where('t.stageId', '=', f.stageId);
  if (f.overdue === 'true') q = q.where('t.status', 'in', ACTIVE_STATUSES).where('t.deadline', '<', f.now);
  if (f.deadlineFrom) q = q.where('t.deadline', '>=', new Date(f.deadlineFrom).toISOString());
  if (f.deadlineTo) q = q.where('t.deadline', '<=', new Date(f.deadlineTo).toISOString());
  if (f.tag) {
    const tag = f.tag;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('taskTags as tt')
          .select('tt.taskId')
          .whereRef('tt.taskId', '=', 't.id')
          .where('tt.tag', '=', tag),
      ),
    );
  }
  if (f.q) {
    const pattern = `%${escapeLike(normaliseQuery(f.q))}%`;
    q = q.where(sql<boolean>`${sql.ref('t.searchText')} like ${pattern} escape '\\'`);
  }
  const desc = (f.order ?? (f.sort && f.sort !== 'createdAt' ? 'asc' : 'desc')) === 'desc';
  const op = desc ? '<' : '>';
  const after = f.after;
  const idRef = sql.ref<string>(idColumn);
  if (after) {
    if (!sortKey) q = q.where(idRef, op, after.i);
    else if (after.v === null) q = q.where(sortKey, 'is', null).where(idRef, op, after.i);
    else {
      const v = after.v;
      q = q.where((eb) =>
        eb.or([
          eb(sortKey, op, v),
          eb.and([eb(sortKey, '=', v), eb(idRef, op, after.i)]),
          // Deadlines and board positions are nullable; empty ones come last in either direction.
          ...(sortKey === 't.deadline' || sortKey === 't.stagePosition' ? [eb(sortKey, 'is', null)] : []),
        ]),
      );
    }
  }
  const dir = desc ? sql`desc` : sql`asc`;
  if (sortKey) q = q.orderBy(sql`${sql.ref(sortKey)} ${dir} nulls last`);
  return q
    .select([...LIST_COLUMNS, 't.sortTitle'])
    .orderBy(sql`${idRef} ${dir}`)
    .limit(f.limit + 1)
    .execute();
}

/** A row of a task list. */
export type TaskListRow = Awaited<ReturnType<typeof listTasks>>[number];

/** The sort value of a row, as its cursor carries it. */
export function sortValue(row: TaskListRow, sort: TaskListQuery['sort']): string | number | null {
  if (sort === 'deadline') return row.deadline === null ? null : new Date(row.deadline).toISOString();
  if (sort === 'updatedAt') return new Date(row.updatedAt).toISOString();
  if (sort === 'priority') return row.priority;
  if (sort === 'title') return row.sortTitle;
  if (sort === 'position') return row.stagePosition;
  return null;
}
