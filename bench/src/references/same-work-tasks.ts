/**
 * The same-work server's task routes (SQLite): `GET /api/v1/tasks?role=responsible&limit=` and
 * `GET /api/v1/tasks/:id`, answered exactly like Artel — checked byte for byte by the harness —
 * with the least work this stack allows for the same guarantees:
 *
 * - the session check: the cookie's hash looked up with its user and the org tree's revision in
 *   one statement (the tree itself, and who manages which departments, kept in memory per
 *   revision);
 * - the list: one statement for the page, its projects, parents, creators, responsible people,
 *   participants, observers and the caller's unread counts;
 * - one task: the task with its project, parent and the caller's membership, then its people;
 *   the visibility rule applied to them (404 when hidden), and the caller's abilities.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type SqliteDatabase from 'better-sqlite3';
// The workflow table is pure data and rules; the reference computes the same buttons with it.
import { availableActions } from '../../../server/dist/tasks/task-workflow.js';

type Answer = { status: number; body: unknown };
type Row = Record<string, unknown>;

interface Viewer {
  id: string;
  isAdmin: boolean;
  managed: readonly string[];
}

const PRIORITY: Record<number, string> = { 1: 'low', 2: 'normal', 3: 'high' };
const NOT_FOUND = { status: 404, body: { error: { code: 'not_found', message: 'Task not found' } } };
const UNAUTHORIZED = { status: 401, body: { error: { code: 'unauthorized', message: 'Sign in first' } } };

const photoUrl = (id: string, photoFile: unknown, version: unknown) =>
  photoFile ? `/api/v1/users/${id}/photo?v=${String(version)}` : null;
const summary = (id: string, name: unknown, position: unknown, photoFile: unknown, version: unknown) =>
  name === null || name === undefined
    ? { id, name: '', position: null, photoUrl: null }
    : { id, name, position, photoUrl: photoUrl(id, photoFile, version) };
const ids = (list: unknown) => (list ? String(list).split(',') : []);

/** The task fields lists and single reads share, in the contract's order. */
function core(row: Row, creator: unknown, responsible: unknown, participantIds: string[], observerIds: string[]) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    creatorId: row.creatorId,
    responsibleId: row.responsibleId,
    participantIds,
    observerIds,
    projectId: row.projectId,
    parentId: row.parentId,
    deadline: row.deadline,
    startDate: row.startDate,
    endDate: row.endDate,
    priority: PRIORITY[row.priority as number] ?? 'normal',
    requiresApproval: Boolean(row.requiresApproval),
    crmLink: row.crmType && row.crmId ? { type: row.crmType, id: row.crmId } : null,
    declineReason: row.declineReason,
    disapproveReason: row.disapproveReason,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    tags: JSON.parse(row.tags as string) as unknown,
    stageId: row.stageId,
    completedAt: row.completedAt,
    creator,
    responsible,
    project: row.projectId ? { id: row.projectId, name: row.projectName ?? '' } : null,
    parent: row.parentId ? { id: row.parentId, title: row.parentTitle ?? '' } : null,
    checklist: { total: row.checklistTotal, done: row.checklistDone },
    subtaskCount: row.subtaskCount,
    commentCount: row.commentCount,
  };
}

const TASK_COLUMNS = `t.id, t.title, t.status, t.creator_id as creatorId, t.responsible_id as responsibleId,
  t.project_id as projectId, t.parent_id as parentId, t.stage_id as stageId, t.deadline,
  t.start_date as startDate, t.end_date as endDate, t.priority, t.requires_approval as requiresApproval,
  t.crm_type as crmType, t.crm_id as crmId, t.decline_reason as declineReason,
  t.disapprove_reason as disapproveReason, t.tags, t.comment_count as commentCount,
  t.checklist_total as checklistTotal, t.checklist_done as checklistDone, t.subtask_count as subtaskCount,
  t.completed_at as completedAt, t.version, t.created_at as createdAt, t.updated_at as updatedAt,
  p.name as projectName, pt.title as parentTitle`;

export function sqliteTaskRoutes(db: SqliteDatabase.Database) {
  const session =
    db.prepare(`select u.id, u.is_admin as isAdmin, (select revision from org_state where id = 1) as revision
    from sessions s join users u on u.id = s.user_id
    where s.token_hash = ? and s.expires_at > ? and u.is_active = 1`);
  const departments = db.prepare('select id, parent_id as parentId, head_id as headId from departments');
  const responsiblePage = db.prepare(`select ${TASK_COLUMNS},
      c.name as cName, c.position as cPosition, c.photo_file as cPhoto, c.version as cVersion,
      r.name as rName, r.position as rPosition, r.photo_file as rPhoto, r.version as rVersion,
      (select group_concat(user_id) from task_people where task_id = t.id and role = 'participant') as participantIds,
      (select group_concat(user_id) from task_people where task_id = t.id and role = 'observer') as observerIds,
      (select read_count from task_comment_reads where user_id = @viewer and task_id = t.id) as readCount
    from tasks t
    left join projects p on p.id = t.project_id
    left join tasks pt on pt.id = t.parent_id
    left join users c on c.id = t.creator_id
    left join users r on r.id = t.responsible_id
    where t.responsible_id = @viewer
    order by t.id desc
    limit @limit`);
  const oneTask = db.prepare(`select ${TASK_COLUMNS}, t.description, p.visibility as projectVisibility,
      p.archived as projectArchived, me.role as myProjectRole
    from tasks t
    left join projects p on p.id = t.project_id
    left join tasks pt on pt.id = t.parent_id
    left join project_members me on me.project_id = t.project_id and me.user_id = @viewer
    where t.id = @id`);
  const people = db.prepare(`select tp.user_id as userId, tp.role, u.name, u.position, u.photo_file as photoFile,
      u.version, u.department_id as departmentId
    from task_people tp join users u on u.id = tp.user_id
    where tp.task_id = ?
    order by u.sort_name`);

  // The tree and each manager's departments, kept until the revision moves.
  let revision = -1;
  let managedByUser = new Map<string, readonly string[]>();
  let tree: Row[] = [];
  const managedBy = (userId: string, currentRevision: number): readonly string[] => {
    if (currentRevision !== revision) {
      tree = departments.all() as Row[];
      managedByUser = new Map();
      revision = currentRevision;
    }
    let managed = managedByUser.get(userId);
    if (!managed) {
      const found = new Set<string>();
      const stack = tree.filter((d) => d.headId === userId).map((d) => d.id as string);
      while (stack.length) {
        const id = stack.pop()!;
        if (found.has(id)) continue;
        found.add(id);
        for (const d of tree) if (d.parentId === id) stack.push(d.id as string);
      }
      managed = [...found];
      managedByUser.set(userId, managed);
    }
    return managed;
  };

  const viewerOf = (req: IncomingMessage): Viewer | null => {
    const cookie = /(?:^|;\s*)artel_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (!cookie) return null;
    const hash = createHash('sha256').update(decodeURIComponent(cookie)).digest('hex');
    const row = session.get(hash, new Date().toISOString()) as Row | undefined;
    if (!row) return null;
    return {
      id: row.id as string,
      isAdmin: Boolean(row.isAdmin),
      managed: managedBy(row.id as string, row.revision as number),
    };
  };

  function listResponsible(viewer: Viewer, limit: number): Answer {
    const rows = responsiblePage.all({ viewer: viewer.id, limit: limit + 1 }) as Row[];
    const page = rows.length > limit ? rows.slice(0, limit) : rows;
    const items = page.map((row) => ({
      ...core(
        row,
        summary(row.creatorId as string, row.cName, row.cPosition, row.cPhoto, row.cVersion),
        summary(row.responsibleId as string, row.rName, row.rPosition, row.rPhoto, row.rVersion),
        ids(row.participantIds),
        ids(row.observerIds),
      ),
      unreadComments: Math.max(0, (row.commentCount as number) - ((row.readCount as number | null) ?? 0)),
    }));
    const last = page.at(-1);
    return {
      status: 200,
      body: {
        items,
        nextCursor:
          rows.length > limit && last
            ? Buffer.from(JSON.stringify({ s: 'createdAt:', v: null, i: last.id })).toString('base64url')
            : null,
      },
    };
  }

  function getTask(viewer: Viewer, id: string): Answer {
    const row = oneTask.get({ id, viewer: viewer.id }) as Row | undefined;
    if (!row) return NOT_FOUND;
    const folks = people.all(id) as Row[];
    const project = row.projectId && row.projectVisibility ? row : null;
    const visible =
      viewer.isAdmin ||
      folks.some((p) => p.userId === viewer.id) ||
      (project
        ? project.projectVisibility === 'open' || project.myProjectRole !== null
        : folks.some((p) => p.departmentId !== null && viewer.managed.includes(p.departmentId as string)));
    if (!visible) return NOT_FOUND;
    const ref = (userId: string) => {
      const p = folks.find((x) => x.userId === userId);
      return p ? summary(userId, p.name, p.position, p.photoFile, p.version) : summary(userId, null, null, null, null);
    };
    const byRole = (role: string) => folks.filter((p) => p.role === role);
    const isCreator = row.creatorId === viewer.id;
    const myRole = project ? project.myProjectRole : null;
    const edit = viewer.isAdmin || isCreator || myRole === 'owner' || myRole === 'moderator';
    const actions = availableActions(
      {
        status: row.status as never,
        requiresApproval: Boolean(row.requiresApproval),
        creatorId: row.creatorId as string,
        responsibleId: row.responsibleId as string,
      },
      { isCreator, isResponsible: row.responsibleId === viewer.id, isAdmin: viewer.isAdmin },
    ).filter((a) => a !== 'delegate' || viewer.managed.length > 0);
    return {
      status: 200,
      body: {
        ...core(
          row,
          ref(row.creatorId as string),
          ref(row.responsibleId as string),
          byRole('participant').map((p) => p.userId as string),
          byRole('observer').map((p) => p.userId as string),
        ),
        description: row.description,
        participants: byRole('participant').map((p) =>
          summary(p.userId as string, p.name, p.position, p.photoFile, p.version),
        ),
        observers: byRole('observer').map((p) =>
          summary(p.userId as string, p.name, p.position, p.photoFile, p.version),
        ),
        abilities: {
          edit,
          delete: viewer.isAdmin || isCreator,
          comment: true,
          work:
            edit ||
            row.responsibleId === viewer.id ||
            folks.some((p) => p.userId === viewer.id && p.role === 'participant'),
          actions,
        },
      },
    };
  }

  /** Answers a task route, or returns null when the path is not one of them. */
  return (req: IncomingMessage, pathname: string, search: URLSearchParams): Answer | null => {
    if (req.method !== 'GET' || !pathname.startsWith('/api/v1/tasks')) return null;
    const viewer = viewerOf(req);
    if (!viewer) return UNAUTHORIZED;
    if (pathname === '/api/v1/tasks') {
      const limit = Number(search.get('limit') ?? 50);
      if (search.get('role') !== 'responsible' || !Number.isInteger(limit) || limit < 1 || limit > 500) {
        return { status: 400, body: { error: { code: 'bad_request', message: 'only role=responsible&limit=' } } };
      }
      return listResponsible(viewer, limit);
    }
    const id = /^\/api\/v1\/tasks\/([0-9a-f-]{36})$/.exec(pathname)?.[1];
    return id ? getTask(viewer, id) : null;
  };
}
