import type { Project, ProjectMember, ProjectRole, Stage, UserSummary } from '@artel/common';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { nowIso, toIso, toIsoOrNull } from '../db/values.js';
import { presentUserSummary } from '../org/users.present.js';
import { fetchUserSummaries } from '../tasks/user-refs.js';
import { projectAbilities, type ProjectFacts, type ProjectViewer } from './projects.policy.js';
import { projectCounts, type ProjectRow } from './projects.repo.js';

/** The access facts of a project row. */
export function projectFacts(row: ProjectRow): ProjectFacts {
  return { visibility: row.visibility, archived: Boolean(row.archived), myRole: row.myRole ?? null };
}

/** Presents a page of projects: owners, member and task counts fetched in one query each. */
export async function presentProjects(db: Kysely<DB>, viewer: ProjectViewer, rows: ProjectRow[]): Promise<Project[]> {
  const ids = rows.map((r) => r.id);
  const [owners, counts] = await Promise.all([
    fetchUserSummaries(
      db,
      rows.map((r) => r.ownerId),
    ),
    projectCounts(db, ids, nowIso()),
  ]);
  return rows.map((row) => {
    const facts = projectFacts(row);
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      visibility: row.visibility,
      ownerId: row.ownerId,
      owner: owners.get(row.ownerId) ?? unknownUser(row.ownerId),
      startDate: toIsoOrNull(row.startDate),
      endDate: toIsoOrNull(row.endDate),
      archived: facts.archived,
      memberCount: counts.members.get(row.id) ?? 0,
      myRole: facts.myRole,
      taskCounts: counts.tasks.get(row.id) ?? { total: 0, open: 0, overdue: 0 },
      abilities: projectAbilities(viewer, facts),
      version: row.version,
      createdAt: toIso(row.createdAt),
      updatedAt: toIso(row.updatedAt),
    };
  });
}

/** A reference to an account that no longer resolves (kept so an answer never breaks). */
export function unknownUser(id: string): UserSummary {
  return { id, name: '', position: null, photoUrl: null };
}

/** A membership row joined with the member's summary columns. */
export function presentMember(row: {
  userId: string;
  role: ProjectRole;
  addedAt: string | Date;
  name: string;
  position: string | null;
  photoFile: string | null;
  version: number;
}): ProjectMember {
  return {
    userId: row.userId,
    role: row.role,
    user: presentUserSummary({ ...row, id: row.userId }),
    addedAt: toIso(row.addedAt),
  };
}

/** A board column. */
export function presentStage(
  row: { id: string; projectId: string; name: string; position: number; version: number },
  taskCounts: ReadonlyMap<string, number>,
): Stage {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    position: row.position,
    taskCount: taskCounts.get(row.id) ?? 0,
    version: row.version,
  };
}
