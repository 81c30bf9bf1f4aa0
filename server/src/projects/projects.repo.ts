import type { ProjectRole } from '@artel/common';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { escapeLike, normaliseQuery } from '../org/users.repo.js';
import { ACTIVE_STATUSES, OPEN_STATUSES } from '../tasks/task-workflow.js';

/** The project columns every view reads. */
export const PROJECT_COLUMNS = [
  'projects.id',
  'projects.name',
  'projects.sortName',
  'projects.description',
  'projects.visibility',
  'projects.ownerId',
  'projects.startDate',
  'projects.endDate',
  'projects.archived',
  'projects.version',
  'projects.createdAt',
  'projects.updatedAt',
] as const;

/** One project with the viewer's role in it, or undefined. */
export function findProject(db: Kysely<DB>, id: string, viewerId: string) {
  return db
    .selectFrom('projects')
    .leftJoin('projectMembers as me', (join) =>
      join.onRef('me.projectId', '=', 'projects.id').on('me.userId', '=', viewerId),
    )
    .select([...PROJECT_COLUMNS, 'me.role as myRole'])
    .where('projects.id', '=', id)
    .executeTakeFirst();
}

/** A project row as read by `findProject`. */
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

/** Keys for sorting and `?q=`, lower-cased in JS like the users' (SQLite folds ASCII only). */
export function projectSearchColumns(project: { name: string; description: string }) {
  return {
    sortName: project.name.toLocaleLowerCase('ru'),
    searchText: `${project.name} ${project.description}`.toLocaleLowerCase('ru').replaceAll('ё', 'е'),
  };
}

/** Filters of the project list. */
export interface ProjectListFilter {
  viewerId: string;
  isAdmin: boolean;
  q?: string | undefined;
  archived: boolean;
  mine: boolean;
  after?: { sortName: string; id: string } | undefined;
  limit: number;
}

/** A page of the projects the viewer may see, by name, keyset-paginated. */
export function listProjects(db: Kysely<DB>, filter: ProjectListFilter) {
  let query = db
    .selectFrom('projects')
    .leftJoin('projectMembers as me', (join) =>
      join.onRef('me.projectId', '=', 'projects.id').on('me.userId', '=', filter.viewerId),
    )
    .select([...PROJECT_COLUMNS, 'me.role as myRole'])
    .where('projects.archived', '=', filter.archived);
  if (filter.mine) query = query.where('me.role', 'is not', null);
  else if (!filter.isAdmin)
    query = query.where((eb) => eb.or([eb('projects.visibility', '=', 'open'), eb('me.role', 'is not', null)]));
  if (filter.q) {
    const pattern = `%${escapeLike(normaliseQuery(filter.q))}%`;
    query = query.where(sql<boolean>`${sql.ref('projects.searchText')} like ${pattern} escape '\\'`);
  }
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('projects.sortName', '>', after.sortName),
        eb.and([eb('projects.sortName', '=', after.sortName), eb('projects.id', '>', after.id)]),
      ]),
    );
  }
  return query
    .orderBy('projects.sortName')
    .orderBy('projects.id')
    .limit(filter.limit + 1)
    .execute();
}

/** Member counts and task counts for a page of projects: two grouped queries, whatever the page size. */
export async function projectCounts(db: Kysely<DB>, projectIds: string[], now: string) {
  const members = new Map<string, number>();
  const tasks = new Map<string, { total: number; open: number; overdue: number }>();
  if (projectIds.length === 0) return { members, tasks };
  const memberRows = await db
    .selectFrom('projectMembers')
    .select(['projectId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('projectId', 'in', projectIds)
    .groupBy('projectId')
    .execute();
  for (const r of memberRows) members.set(r.projectId, Number(r.n));
  const taskRows = await db
    .selectFrom('tasks')
    .select((eb) => [
      'projectId',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('status', 'in', OPEN_STATUSES).then(1).else(0).end()).as('open'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('status', 'in', ACTIVE_STATUSES), eb('deadline', '<', now)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
    ])
    .where('projectId', 'in', projectIds)
    .groupBy('projectId')
    .execute();
  for (const r of taskRows) {
    tasks.set(r.projectId!, { total: Number(r.total), open: Number(r.open), overdue: Number(r.overdue) });
  }
  return { members, tasks };
}

/** The viewer's role in a project (null when not a member). */
export async function memberRole(db: Kysely<DB>, projectId: string, userId: string): Promise<ProjectRole | null> {
  const row = await db
    .selectFrom('projectMembers')
    .select('role')
    .where('projectId', '=', projectId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

/** A project's stages, in board order. */
export function listStages(db: Kysely<DB>, projectId: string) {
  return db
    .selectFrom('projectStages')
    .select(['id', 'projectId', 'name', 'position', 'version'])
    .where('projectId', '=', projectId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/**
 * How many tasks sit in each stage of a project, in one grouped query over the board index. Whoever
 * may see a project sees all its tasks, so the counts need no visibility condition.
 */
export async function stageTaskCounts(db: Kysely<DB>, projectId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('tasks')
    .select(['stageId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('projectId', '=', projectId)
    .where('stageId', 'is not', null)
    .groupBy('stageId')
    .execute();
  return new Map(rows.map((r) => [r.stageId!, Number(r.n)]));
}
