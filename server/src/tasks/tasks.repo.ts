import type { TaskListQuery } from '@artel/common';
import { sql, type Kysely } from 'kysely';
import { preparedQuery } from '../db/prepared-query.js';
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

const oneTask = preparedQuery((db, _shape: null, v: { id: string; viewerId: string }) =>
  db
    .selectFrom('tasks as t')
    .leftJoin('projects as p', 'p.id', 't.projectId')
    .leftJoin('tasks as pt', 'pt.id', 't.parentId')
    .leftJoin('projectMembers as me', (join) =>
      join.onRef('me.projectId', '=', 't.projectId').on('me.userId', '=', v.viewerId),
    )
    .select([
      ...LIST_COLUMNS,
      't.description',
      'p.visibility as projectVisibility',
      'p.archived as projectArchived',
      'me.role as myProjectRole',
    ])
    .where('t.id', '=', v.id),
);

/** One task with its project's access facts and the viewer's role there; undefined when missing. */
export async function findTask(db: Kysely<DB>, id: string, viewerId: string) {
  const [row] = await oneTask(db, null, { id, viewerId });
  return row;
}

/** A task row as `findTask` reads it. */
export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTask>>>;

const taskPeople = preparedQuery((db, _shape: null, v: { taskIds: readonly string[] }) =>
  db
    .selectFrom('taskPeople as tp')
    .innerJoin('users as u', 'u.id', 'tp.userId')
    .select(['tp.taskId', 'tp.userId', 'tp.role', 'u.name', 'u.position', 'u.photoFile', 'u.version', 'u.departmentId'])
    .where('tp.taskId', 'in', v.taskIds)
    .orderBy('u.sortName'),
);

/** The people of some tasks with their summary columns and departments, in one query. */
export function findTaskPeople(db: Kysely<DB>, taskIds: readonly string[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return taskPeople(db, null, { taskIds });
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

/** The summaries of a list item's creator and responsible person. */
const LIST_PEOPLE_COLUMNS = [
  'cu.name as creatorName',
  'cu.position as creatorPosition',
  'cu.photoFile as creatorPhotoFile',
  'cu.version as creatorVersion',
  'ru.name as responsibleName',
  'ru.position as responsiblePosition',
  'ru.photoFile as responsiblePhotoFile',
  'ru.version as responsibleVersion',
] as const;

/** What decides the SQL of a task list (everything else is a bound value). */
interface ListShape {
  role: TaskListFilter['role'];
  awaiting: TaskListFilter['awaiting'];
  isAdmin: boolean;
  /** The optional filters given, as `,name,name,`. */
  filters: string;
  overdue: boolean;
  sort: keyof typeof SORT_COLUMNS | null;
  desc: boolean;
  after: 'none' | 'id' | 'null' | 'value';
}

/** The values of a task list, bound to its SQL. */
interface ListValues {
  [name: string]: string | number | null | readonly string[];
  me: string;
  managed: readonly string[];
  status: readonly string[];
  active: readonly string[];
  projectId: string | null;
  responsibleId: string | null;
  creatorId: string | null;
  parentId: string | null;
  stageId: string | null;
  now: string;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  tag: string | null;
  pattern: string | null;
  afterValue: string | number | null;
  afterId: string | null;
  rows: number;
}

const FILTER_NAMES = [
  'projectId',
  'responsibleId',
  'creatorId',
  'parentId',
  'stageId',
  'deadlineFrom',
  'deadlineTo',
  'tag',
  'pattern',
] as const;

const taskPage = preparedQuery(
  (db, shape: ListShape, v: ListValues) => {
    const has = (name: (typeof FILTER_NAMES)[number]) => shape.filters.includes(`,${name},`);
    let q = db
      .selectFrom('tasks as t')
      .leftJoin('projects as p', 'p.id', 't.projectId')
      .leftJoin('tasks as pt', 'pt.id', 't.parentId')
      // The people every item shows, and the viewer's read mark: read with the page, not after it.
      .leftJoin('users as cu', 'cu.id', 't.creatorId')
      .leftJoin('users as ru', 'ru.id', 't.responsibleId');
    let idColumn: 't.id' | 'r.taskId' = 't.id';
    const sortKey = shape.sort ? SORT_COLUMNS[shape.sort] : null;
    if (shape.role === 'participant' || shape.role === 'observer') {
      const role = shape.role;
      q = q.innerJoin('taskPeople as r', (join) =>
        join.onRef('r.taskId', '=', 't.id').on('r.userId', '=', v.me).on('r.role', '=', role),
      );
      // Ordering by the joined index column lets the database walk (user_id, role, task_id) in order.
      idColumn = 'r.taskId';
    } else if (shape.role === 'responsible') q = q.where('t.responsibleId', '=', v.me);
    else if (shape.role === 'creator') q = q.where('t.creatorId', '=', v.me);
    if (shape.awaiting === 'acceptance') q = q.where('t.responsibleId', '=', v.me).where('t.status', '=', 'new');
    if (shape.awaiting === 'approval') q = q.where('t.creatorId', '=', v.me).where('t.status', '=', 'awaiting_control');
    if (!shape.role && !shape.awaiting) {
      const visible = visibleTaskCondition({ id: v.me, isAdmin: shape.isAdmin, managedDepartmentIds: v.managed });
      if (visible) q = q.where(visible);
    }
    if (v.status.length) q = q.where('t.status', 'in', v.status);
    if (has('projectId')) q = q.where('t.projectId', '=', v.projectId);
    if (has('responsibleId')) q = q.where('t.responsibleId', '=', v.responsibleId!);
    if (has('creatorId')) q = q.where('t.creatorId', '=', v.creatorId!);
    if (has('parentId')) q = q.where('t.parentId', '=', v.parentId);
    if (has('stageId')) q = q.where('t.stageId', '=', v.stageId);
    if (shape.overdue) q = q.where('t.status', 'in', v.active).where('t.deadline', '<', v.now);
    if (has('deadlineFrom')) q = q.where('t.deadline', '>=', v.deadlineFrom);
    if (has('deadlineTo')) q = q.where('t.deadline', '<=', v.deadlineTo);
    if (has('tag')) {
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('taskTags as tt')
            .select('tt.taskId')
            .whereRef('tt.taskId', '=', 't.id')
            .where('tt.tag', '=', v.tag!),
        ),
      );
    }
    if (has('pattern')) q = q.where(sql<boolean>`${sql.ref('t.searchText')} like ${v.pattern} escape '\\'`);
    const op = shape.desc ? '<' : '>';
    const idRef = sql.ref<string>(idColumn);
    if (shape.after === 'id' || (shape.after !== 'none' && !sortKey)) q = q.where(idRef, op, v.afterId!);
    else if (shape.after === 'null' && sortKey) q = q.where(sortKey, 'is', null).where(idRef, op, v.afterId!);
    else if (shape.after === 'value' && sortKey) {
      q = q.where((eb) =>
        eb.or([
          eb(sortKey, op, v.afterValue),
          eb.and([eb(sortKey, '=', v.afterValue), eb(idRef, op, v.afterId!)]),
          // Deadlines and board positions are nullable; empty ones come last in either direction.
          ...(sortKey === 't.deadline' || sortKey === 't.stagePosition' ? [eb(sortKey, 'is', null)] : []),
        ]),
      );
    }
    const dir = shape.desc ? sql`desc` : sql`asc`;
    if (sortKey) q = q.orderBy(sql`${sql.ref(sortKey)} ${dir} nulls last`);
    return q
      .select([...LIST_COLUMNS, 't.sortTitle', ...LIST_PEOPLE_COLUMNS])
      .select((eb) =>
        eb
          .selectFrom('taskCommentReads as cr')
          .select('cr.readCount')
          .whereRef('cr.taskId', '=', 't.id')
          .where('cr.userId', '=', v.me)
          .as('readCount'),
      )
      .orderBy(sql`${idRef} ${dir}`)
      .limit(v.rows);
  },
  (shape) => JSON.stringify(shape),
);

/**
 * A page of tasks by keyset: the cost of a page does not grow with the table. "My" filters
 * (role, awaiting) drive the query from the index of that relation and need no visibility check
 * (the viewer is on each task); every other list gets the visibility condition. Each combination
 * of filters is built into SQL once (`preparedQuery`); later pages only bind their values.
 */
export function listTasks(db: Kysely<DB>, f: TaskListFilter) {
  const sort = f.sort && f.sort !== 'createdAt' ? f.sort : null;
  const values: ListValues = {
    me: f.viewer.id,
    managed: f.viewer.isAdmin ? [] : f.viewer.managedDepartmentIds,
    status: f.status ?? [],
    active: ACTIVE_STATUSES,
    projectId: f.projectId ?? null,
    responsibleId: f.responsibleId ?? null,
    creatorId: f.creatorId ?? null,
    parentId: f.parentId ?? null,
    stageId: f.stageId ?? null,
    now: f.now,
    deadlineFrom: f.deadlineFrom ? new Date(f.deadlineFrom).toISOString() : null,
    deadlineTo: f.deadlineTo ? new Date(f.deadlineTo).toISOString() : null,
    tag: f.tag ?? null,
    pattern: f.q ? `%${escapeLike(normaliseQuery(f.q))}%` : null,
    afterValue: f.after?.v ?? null,
    afterId: f.after?.i ?? null,
    rows: f.limit + 1,
  };
  const shape: ListShape = {
    role: f.role,
    awaiting: f.awaiting,
    isAdmin: f.viewer.isAdmin,
    filters: `,${FILTER_NAMES.filter((name) => values[name] !== null).join(',')},`,
    overdue: f.overdue === 'true',
    sort,
    desc: (f.order ?? (sort ? 'asc' : 'desc')) === 'desc',
    after: !f.after ? 'none' : !sort ? 'id' : f.after.v === null ? 'null' : 'value',
  };
  return taskPage(db, shape, values);
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
