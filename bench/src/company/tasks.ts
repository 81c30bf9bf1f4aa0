import { newId, titleKeys } from '../server-api.js';
import { eventRow, insertRows, type GeneratorContext } from './context.js';
import type { GeneratedDepartment } from './departments.js';
import type { GeneratedProject } from './projects.js';
import type { GeneratedUser } from './users.js';
import { COMMENTS, TASK_OBJECTS, TASK_QUALIFIERS, TASK_TAGS, TASK_VERBS } from './vocabulary.js';

/**
 * Who the task benchmarks act as, and the task they read: a department head (not an admin, so
 * every visibility rule applies) responsible for about 1 % of all tasks, and a task outside
 * projects that they see only as a manager of its people (the most expensive visibility path).
 */
export interface TaskProbe {
  userId: string;
  email: string;
  taskId: string;
  /** Tasks the probe user is responsible for. */
  responsibleCount: number;
  /** Someone in the probe's own department, to set new tasks for in the creation benchmark. */
  colleagueId: string;
}

const DAY_MS = 24 * 3600 * 1000;
/** Tasks generated and written together (each table in its own multi-row statements). */
const BLOCK = 20_000;
type Status = 'new' | 'pending' | 'in_progress' | 'awaiting_control' | 'completed' | 'deferred' | 'declined';

/** A task still to be written: chosen people and placement, the rest derived when written. */
interface TaskSpec {
  projectIndex: number | null;
  creatorId: string;
  responsibleId: string;
  participants: string[];
  observers: string[];
  parentId: string | null;
}

/**
 * `count` tasks over three years, oldest first (so ids and creation times agree), written in
 * blocks. Seven in ten sit in projects (busy projects get more), where their people are the
 * project's members; the rest are set by heads to their people, between colleagues, or to
 * oneself. Old tasks are mostly completed; recent ones spread over the open statuses. About one
 * project task in sixteen has 1–4 subtasks, one in twelve depends on the project's previous
 * task, one in eight has a discussion, one in five carries tags. Every task has its
 * `task.created` event.
 */
export async function generateTasks(
  ctx: GeneratorContext,
  count: number,
  users: readonly GeneratedUser[],
  departments: readonly GeneratedDepartment[],
  projects: readonly GeneratedProject[],
): Promise<{ counts: Record<string, number>; probe: TaskProbe | null }> {
  const { random } = ctx;
  const active = users.filter((u) => u.isActive && !u.isAdmin);
  if (count === 0 || active.length === 0) return { counts: {}, probe: null };
  const byDepartment = new Map<string, string[]>();
  for (const u of active) {
    const list = byDepartment.get(u.departmentId) ?? [];
    list.push(u.id);
    byDepartment.set(u.departmentId, list);
  }
  const departmentOf = new Map(active.map((u) => [u.id, u.departmentId]));
  const headOf = new Map(departments.map((d) => [d.id, d.headId]));
  const heads = departments.filter((d) => d.headId && byDepartment.has(d.id));

  // The probe: the head of a department that has teams below it.
  const probeDepartment =
    departments.find((d) => d.depth === 2 && d.headId && departments.some((c) => c.parentId === d.id)) ??
    departments.find((d) => d.headId && d.depth > 0)!;
  const probeUser = users.find((u) => u.id === probeDepartment.headId)!;
  const subtree = new Set([probeDepartment.id]);
  for (const d of departments) if (d.parentId && subtree.has(d.parentId)) subtree.add(d.id);
  const probePeople = active.filter((u) => subtree.has(u.departmentId) && u.id !== probeUser.id).map((u) => u.id);
  const probeTaskIndex = Math.floor(count / 2);
  const probeShare = Math.max(0.01, 150 / count);
  let probeTaskId = '';
  let probeResponsible = 0;

  const start = Date.parse(ctx.now) - 3 * 365 * DAY_MS;
  const span = 3 * 365 * DAY_MS - 3600 * 1000;
  const stageCounters = new Map<string, number>();
  const lastTaskOfProject = new Map<number, string>();
  const pendingChildren: TaskSpec[] = [];
  const counts = { tasks: 0, taskPeople: 0, taskTags: 0, taskComments: 0, taskCommentReads: 0, taskDependencies: 0 };

  const pickFrom = (pool: readonly string[], skew = 1.5) => pool[Math.floor(pool.length * random.next() ** skew)]!;
  const helpers = (pool: readonly string[], exclude: readonly string[]) => {
    const taken = new Set(exclude);
    const pickSome = (n: number) => {
      const out: string[] = [];
      for (let tries = 0; out.length < n && tries < n * 4; tries++) {
        const id = pool.length > 1 && random.chance(0.8) ? random.pick(pool) : random.pick(active).id;
        if (!taken.has(id)) {
          taken.add(id);
          out.push(id);
        }
      }
      return out;
    };
    const p = random.next();
    const participants = pickSome(p < 0.45 ? 0 : p < 0.75 ? 1 : p < 0.9 ? 2 : 3);
    const o = random.next();
    const observers = pickSome(o < 0.55 ? 0 : o < 0.9 ? 1 : 2);
    return { participants, observers };
  };

  /** Who sets a task and for whom, and where it sits. */
  const nextSpec = (): TaskSpec => {
    if (projects.length && random.chance(0.7)) {
      // Busy projects get more: the square skews towards the first ones.
      const projectIndex = Math.floor(projects.length * random.next() ** 2);
      const members = projects[projectIndex]!.memberIds;
      const creatorId = random.chance(0.5)
        ? members[Math.min(members.length - 1, random.int(0, 2))]!
        : random.pick(members);
      const responsibleId = pickFrom(members);
      return {
        projectIndex,
        creatorId,
        responsibleId,
        ...helpers(members, [creatorId, responsibleId]),
        parentId: null,
      };
    }
    const r = random.next();
    let creatorId: string;
    let responsibleId: string;
    if (r < 0.15) creatorId = responsibleId = random.pick(active).id;
    else if (r < 0.6) {
      const dept = random.pick(heads);
      creatorId = dept.headId!;
      responsibleId = pickFrom(byDepartment.get(dept.id)!);
    } else {
      creatorId = random.pick(active).id;
      const colleagues = byDepartment.get(departmentOf.get(creatorId)!) ?? [];
      responsibleId = colleagues.length > 1 && random.chance(0.7) ? random.pick(colleagues) : random.pick(active).id;
    }
    const pool = byDepartment.get(departmentOf.get(responsibleId)!) ?? [];
    const manager = headOf.get(departmentOf.get(responsibleId)!);
    const people = helpers(pool, [creatorId, responsibleId]);
    // The responsible person's head often watches the work.
    if (manager && manager !== creatorId && manager !== responsibleId && !people.participants.includes(manager)) {
      if (random.chance(0.3) && !people.observers.includes(manager)) people.observers.push(manager);
    }
    return { projectIndex: null, creatorId, responsibleId, ...people, parentId: null };
  };

  const statusFor = (age: number): Status => {
    if (random.chance(0.15 + 0.75 * age)) return 'completed';
    const r = random.next();
    if (r < 0.2) return 'new';
    if (r < 0.5) return 'pending';
    if (r < 0.75) return 'in_progress';
    if (r < 0.85) return 'awaiting_control';
    if (r < 0.95) return 'deferred';
    return 'declined';
  };

  for (let blockStart = 0; blockStart < count; blockStart += BLOCK) {
    const blockEnd = Math.min(count, blockStart + BLOCK);
    const taskRows: Record<string, unknown>[] = [];
    const peopleRows: Record<string, unknown>[] = [];
    const tagRows: Record<string, unknown>[] = [];
    const commentRows: Record<string, unknown>[] = [];
    const readRows: Record<string, unknown>[] = [];
    const dependencyRows: Record<string, unknown>[] = [];
    const eventRows: Record<string, unknown>[] = [];
    for (let i = blockStart; i < blockEnd; i++) {
      const id = newId();
      let spec = pendingChildren.shift() ?? nextSpec();
      const isProbe = i >= probeTaskIndex && !probeTaskId && spec.parentId === null;
      if (isProbe) {
        // Set and done inside the probe's subtree, without them: visible to them as a manager only.
        const [creatorId, responsibleId, p1, p2, o1] = random.sample(probePeople, 5);
        spec = {
          projectIndex: null,
          creatorId: creatorId!,
          responsibleId: responsibleId!,
          participants: [p1!, p2!],
          observers: [o1!],
          parentId: null,
        };
        probeTaskId = id;
      } else if (spec.parentId === null && random.chance(probeShare) && spec.creatorId !== probeUser.id) {
        spec.responsibleId = probeUser.id;
        spec.participants = spec.participants.filter((p) => p !== probeUser.id);
        spec.observers = spec.observers.filter((p) => p !== probeUser.id);
      }
      if (spec.responsibleId === probeUser.id) probeResponsible++;
      const project = spec.projectIndex === null ? null : projects[spec.projectIndex]!;
      const age = 1 - i / count;
      const createdMs = start + (i / count) * span;
      const createdAt = new Date(createdMs).toISOString();
      const status: Status = isProbe ? 'in_progress' : statusFor(age);
      const title = `${random.pick(TASK_VERBS)} ${random.pick(TASK_OBJECTS)} ${random.pick(TASK_QUALIFIERS)}`.trim();
      const deadline =
        isProbe || random.chance(0.65)
          ? new Date(createdMs + random.int(1, 45) * DAY_MS).toISOString().slice(0, 10) + 'T15:00:00.000Z'
          : null;
      const completedAt =
        status === 'completed'
          ? new Date(Math.min(Date.parse(ctx.now), createdMs + random.int(1, 30) * DAY_MS)).toISOString()
          : null;
      const tags = isProbe || random.chance(0.2) ? random.sample(TASK_TAGS, random.int(1, 2)) : [];
      let stageId: string | null = null;
      let stagePosition: number | null = null;
      if (project) {
        const stages = project.stageIds;
        stageId =
          status === 'completed' ? stages.at(-1)! : status === 'new' || status === 'pending' ? stages[0]! : stages[1]!;
        const n = (stageCounters.get(stageId) ?? 0) + 1;
        stageCounters.set(stageId, n);
        stagePosition = n * 1024;
      }
      let subtaskCount = 0;
      if (project && spec.parentId === null && random.chance(1 / 16)) {
        subtaskCount = Math.min(random.int(1, 4), count - i - 1 - pendingChildren.length);
        for (let k = 0; k < subtaskCount; k++) {
          const members = project.memberIds;
          const responsibleId = pickFrom(members);
          pendingChildren.push({
            projectIndex: spec.projectIndex,
            creatorId: spec.creatorId,
            responsibleId,
            ...helpers(members, [spec.creatorId, responsibleId]),
            parentId: id,
          });
        }
      }
      const commentCount = isProbe ? 0 : random.chance(1 / 8) ? random.int(1, 5) : 0;
      const requiresApproval = status === 'awaiting_control' || random.chance(0.3);
      taskRows.push({
        id,
        title,
        ...titleKeys(title),
        description: random.chance(0.6) ? `${title}. ${random.pick(COMMENTS)}` : '',
        status,
        creatorId: spec.creatorId,
        responsibleId: spec.responsibleId,
        projectId: project?.id ?? null,
        parentId: spec.parentId,
        stageId,
        stagePosition,
        deadline,
        startDate: project && random.chance(0.5) ? createdAt : null,
        endDate: project && deadline && random.chance(0.5) ? deadline : null,
        priority: random.chance(0.15) ? 1 : random.chance(0.75) ? 2 : 3,
        requiresApproval,
        crmType: null,
        crmId: null,
        declineReason: status === 'declined' ? 'Не мой участок, передайте в другой отдел.' : null,
        disapproveReason: null,
        tags: JSON.stringify(tags),
        commentCount,
        checklistTotal: 0,
        checklistDone: 0,
        subtaskCount,
        completedAt,
        version: 1,
        createdAt,
        updatedAt: completedAt ?? createdAt,
      });
      const people: [string, string][] = [
        [spec.creatorId, 'creator'],
        [spec.responsibleId, 'responsible'],
        ...spec.participants.map((p): [string, string] => [p, 'participant']),
        ...spec.observers.map((p): [string, string] => [p, 'observer']),
      ];
      for (const [userId, role] of people) peopleRows.push({ taskId: id, userId, role });
      for (const tag of tags) tagRows.push({ taskId: id, tag });
      if (commentCount) {
        const authors = people.map(([userId]) => userId);
        for (let c = 0; c < commentCount; c++) {
          commentRows.push({
            id: newId(),
            taskId: id,
            authorId: random.pick(authors),
            body: random.pick(COMMENTS),
            mentionIds: '[]',
            createdAt: new Date(createdMs + (c + 1) * 3600 * 1000).toISOString(),
          });
        }
        if (random.chance(0.6)) {
          readRows.push({
            userId: spec.responsibleId,
            taskId: id,
            readCount: random.chance(0.7) ? commentCount : commentCount - 1,
            readAt: createdAt,
          });
        }
      }
      if (spec.projectIndex !== null) {
        const previous = lastTaskOfProject.get(spec.projectIndex);
        if (previous && random.chance(1 / 12)) {
          dependencyRows.push({ id: newId(), predecessorId: previous, successorId: id, type: 'FS', createdAt });
        }
        lastTaskOfProject.set(spec.projectIndex, id);
      }
      const created = { title, status, responsibleId: spec.responsibleId, projectId: project?.id ?? null };
      eventRows.push({
        ...eventRow(ctx, 'task.created', 'task', id, {
          changes: Object.fromEntries(
            Object.entries({ ...created, parentId: spec.parentId, deadline }).map(([k, v]) => [
              k,
              { old: null, new: v },
            ]),
          ),
        }),
        actorId: spec.creatorId,
        createdAt,
      });
    }
    counts.tasks += await insertRows(ctx, 'tasks', taskRows);
    counts.taskPeople += await insertRows(ctx, 'taskPeople', peopleRows);
    counts.taskTags += await insertRows(ctx, 'taskTags', tagRows);
    counts.taskComments += await insertRows(ctx, 'taskComments', commentRows);
    counts.taskCommentReads += await insertRows(ctx, 'taskCommentReads', readRows);
    counts.taskDependencies += await insertRows(ctx, 'taskDependencies', dependencyRows);
    await insertRows(ctx, 'events', eventRows);
  }
  const colleagueId = (byDepartment.get(probeDepartment.id) ?? []).find((id) => id !== probeUser.id) ?? probePeople[0]!;
  return {
    counts,
    probe: {
      userId: probeUser.id,
      email: probeUser.email,
      taskId: probeTaskId,
      responsibleCount: probeResponsible,
      colleagueId,
    },
  };
}
