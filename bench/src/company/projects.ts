import { newId, projectSearchColumns } from '../server-api.js';
import { eventRow, insertRows, type GeneratorContext } from './context.js';
import type { GeneratedDepartment } from './departments.js';
import type { GeneratedUser } from './users.js';
import { PROJECT_KINDS, PROJECT_SUBJECTS } from './vocabulary.js';

export interface GeneratedProject {
  id: string;
  name: string;
  ownerId: string;
  /** Everyone on the project, the owner first. */
  memberIds: string[];
  /** Board stages in order. */
  stageIds: string[];
  visibility: 'open' | 'closed';
  archived: boolean;
}

/** Board stages every project gets (the server's Russian defaults), and a review stage for some. */
const STAGES = ['Новые', 'В работе', 'Готово'];
const REVIEW_STAGE = 'На проверке';
const DAY_MS = 24 * 3600 * 1000;

/**
 * `count` projects. Owners are mostly department heads; members come mostly from the owner's
 * department, a few from elsewhere (5–20 people). Three in four are open to everyone, one in
 * twelve archived. Each has the default board (three stages, some a fourth for review).
 */
export async function generateProjects(
  ctx: GeneratorContext,
  count: number,
  users: readonly GeneratedUser[],
  departments: readonly GeneratedDepartment[],
): Promise<GeneratedProject[]> {
  const { random } = ctx;
  const active = users.filter((u) => u.isActive && !u.isAdmin);
  if (count === 0 || active.length === 0) return [];
  const byDepartment = new Map<string, GeneratedUser[]>();
  for (const u of active) {
    const list = byDepartment.get(u.departmentId) ?? [];
    list.push(u);
    byDepartment.set(u.departmentId, list);
  }
  const heads = departments.map((d) => d.headId).filter((id): id is string => id !== null);
  const departmentOf = new Map(active.map((u) => [u.id, u.departmentId]));
  const projects: GeneratedProject[] = [];
  const projectRows: Record<string, unknown>[] = [];
  const memberRows: Record<string, unknown>[] = [];
  const stageRows: Record<string, unknown>[] = [];
  const now = Date.parse(ctx.now);
  for (let i = 0; i < count; i++) {
    const ownerId = random.chance(0.6) && heads.length ? random.pick(heads) : random.pick(active).id;
    const colleagues = byDepartment.get(departmentOf.get(ownerId) ?? '') ?? [];
    const size = random.int(5, 20);
    const members = new Set<string>([ownerId]);
    for (const u of random.sample(colleagues, Math.round(size * 0.7))) members.add(u.id);
    while (members.size < size) members.add(random.pick(active).id);
    const name = `${random.pick(PROJECT_KINDS)} ${random.pick(PROJECT_SUBJECTS)} № ${i + 1}`;
    const description = random.chance(0.6) ? `Цель: ${name.toLocaleLowerCase('ru')} в срок и в бюджете.` : '';
    const visibility = random.chance(0.75) ? 'open' : 'closed';
    const archived = random.chance(1 / 12);
    const id = newId();
    const createdAt = new Date(now - random.int(30, 3 * 365) * DAY_MS).toISOString();
    const stageNames = random.chance(0.3) ? [...STAGES.slice(0, 2), REVIEW_STAGE, STAGES[2]!] : STAGES;
    const stageIds = stageNames.map(() => newId());
    projectRows.push({
      id,
      name,
      ...projectSearchColumns({ name, description }),
      description,
      visibility,
      ownerId,
      startDate: createdAt,
      endDate: random.chance(0.7) ? new Date(Date.parse(createdAt) + random.int(60, 720) * DAY_MS).toISOString() : null,
      archived,
      version: 1,
      createdAt,
      updatedAt: ctx.now,
    });
    const memberIds = [...members];
    memberIds.forEach((userId, n) =>
      memberRows.push({
        projectId: id,
        userId,
        role: n === 0 ? 'owner' : n <= 2 ? 'moderator' : 'member',
        addedAt: createdAt,
      }),
    );
    stageNames.forEach((stageName, n) =>
      stageRows.push({
        id: stageIds[n],
        projectId: id,
        name: stageName,
        position: (n + 1) * 1024,
        version: 1,
        createdAt,
        updatedAt: createdAt,
      }),
    );
    projects.push({ id, name, ownerId, memberIds, stageIds, visibility, archived });
  }
  await insertRows(ctx, 'projects', projectRows);
  await insertRows(ctx, 'projectMembers', memberRows);
  await insertRows(ctx, 'projectStages', stageRows);
  return projects;
}

export function projectEvents(ctx: GeneratorContext, projects: readonly GeneratedProject[]) {
  return projects.map((p) =>
    eventRow(ctx, 'project.created', 'project', p.id, {
      name: p.name,
      visibility: p.visibility,
      memberIds: p.memberIds,
    }),
  );
}
