import type { ProjectVisibility } from '@artel/common';
import type { Actor } from '../../auth/actor.js';
import type { AppContext } from '../../context.js';
import { nowIso, toIsoOrNull, toStoredInstant } from '../../db/values.js';
import { appendEvent, diffFields } from '../../events/event-log.js';
import { badField, forbidden, notFound } from '../../http/errors.js';
import { missingOrStale } from '../../org/versioned-update.js';
import { canArchiveProject, canEditProject, canSeeProject } from '../projects.policy.js';
import { projectFacts } from '../projects.present.js';
import { findProject, projectSearchColumns } from '../projects.repo.js';

/** A project patch as the API accepts it. */
export interface ProjectPatch {
  name?: string | undefined;
  description?: string | undefined;
  visibility?: ProjectVisibility | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  archived?: boolean | undefined;
  version: number;
}

/** Changes a project (owner, moderators, admins; archiving by the owner or an admin). */
export async function updateProject(ctx: AppContext, actor: Actor, projectId: string, input: ProjectPatch) {
  const { version, ...raw } = input;
  const patch = {
    ...raw,
    startDate: toStoredInstant(raw.startDate),
    endDate: toStoredInstant(raw.endDate),
  };
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findProject(trx, projectId, actor.id);
    if (!before || !canSeeProject(actor, projectFacts(before))) throw notFound('Project');
    const facts = projectFacts(before);
    if (!canEditProject(actor, facts)) throw forbidden('Only the owner, moderators and admins edit a project');
    if (patch.archived !== undefined && patch.archived !== facts.archived && !canArchiveProject(actor, facts)) {
      throw forbidden('Only the owner or an admin archives a project');
    }
    if (before.version !== version) missingOrStale(true, 'Project');
    const current = {
      name: before.name,
      description: before.description,
      visibility: before.visibility,
      startDate: toIsoOrNull(before.startDate),
      endDate: toIsoOrNull(before.endDate),
      archived: facts.archived,
    };
    const start = patch.startDate === undefined ? current.startDate : patch.startDate;
    const end = patch.endDate === undefined ? current.endDate : patch.endDate;
    if (start && end && end < start) throw badField('endDate', 'must not be before startDate');
    const changes = diffFields(current, patch);
    const name = patch.name ?? before.name;
    const description = patch.description ?? before.description;
    const updated = await trx
      .updateTable('projects')
      .set({
        ...patch,
        ...projectSearchColumns({ name, description }),
        version: version + 1,
        updatedAt: nowIso(),
      })
      .where('id', '=', projectId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) missingOrStale(true, 'Project');
    await appendEvent(trx, {
      type: 'project.updated',
      entityType: 'project',
      entityId: projectId,
      actorId: actor.id,
      data: { changes },
    });
  });
}
