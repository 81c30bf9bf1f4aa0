import type { Kysely } from 'kysely';
import type { ProjectViewer } from './projects.policy.js';
import { canEditProject, canSeeProject } from './projects.policy.js';
import { projectFacts } from './projects.present.js';
import { findProject, type ProjectRow } from './projects.repo.js';
import type { DB } from '../db/schema.js';
import { forbidden, notFound } from '../http/errors.js';

/** The project if the viewer may see it; 404 otherwise (a closed project's existence is not leaked). */
export async function loadVisibleProject(
  db: Kysely<DB>,
  viewer: ProjectViewer,
  projectId: string,
): Promise<ProjectRow> {
  const row = await findProject(db, projectId, viewer.id);
  if (!row || !canSeeProject(viewer, projectFacts(row))) throw notFound('Project');
  return row;
}

/** The project if the viewer runs it (owner, moderator, admin): 404 when invisible, 403 when not theirs. */
export async function loadManagedProject(
  db: Kysely<DB>,
  viewer: ProjectViewer,
  projectId: string,
): Promise<ProjectRow> {
  const row = await loadVisibleProject(db, viewer, projectId);
  if (!canEditProject(viewer, projectFacts(row))) throw forbidden('Only the owner, moderators and admins do this');
  return row;
}
