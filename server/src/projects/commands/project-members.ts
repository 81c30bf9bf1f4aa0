import type { Actor } from '../../auth/actor.js';
import type { AppContext } from '../../context.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { badField, conflict, forbidden, notFound } from '../../http/errors.js';
import { activeUserIds } from '../../tasks/user-refs.js';
import { loadManagedProject, loadVisibleProject } from '../project-access.js';
import { canRemoveMember } from '../projects.policy.js';
import { projectFacts } from '../projects.present.js';
import { memberRole } from '../projects.repo.js';

/** Adds a member or moderator; 409 when the person is already in the project. */
export async function addProjectMember(
  ctx: AppContext,
  actor: Actor,
  projectId: string,
  input: { userId: string; role: 'member' | 'moderator' },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await loadManagedProject(trx, actor, projectId);
    if (!(await activeUserIds(trx, [input.userId])).has(input.userId)) throw badField('userId', 'no such active user');
    if (await memberRole(trx, projectId, input.userId)) {
      throw conflict('already_member', 'This person is already in the project', [
        { field: 'userId', message: 'already a member' },
      ]);
    }
    await trx
      .insertInto('projectMembers')
      .values({ projectId, userId: input.userId, role: input.role, addedAt: nowIso() })
      .execute();
    await appendEvent(trx, {
      type: 'project.member_added',
      entityType: 'project',
      entityId: projectId,
      actorId: actor.id,
      data: { userId: input.userId, role: input.role },
    });
  });
}

/** Changes a member's role between member and moderator; the owner's role is fixed (409). */
export async function updateProjectMember(
  ctx: AppContext,
  actor: Actor,
  projectId: string,
  userId: string,
  role: 'member' | 'moderator',
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await loadManagedProject(trx, actor, projectId);
    const current = await memberRole(trx, projectId, userId);
    if (!current) throw notFound('Member');
    if (current === 'owner') throw conflict('owner_role_fixed', "The owner's role cannot be changed");
    if (current === role) return;
    await trx
      .updateTable('projectMembers')
      .set({ role })
      .where('projectId', '=', projectId)
      .where('userId', '=', userId)
      .execute();
    await appendEvent(trx, {
      type: 'project.member_updated',
      entityType: 'project',
      entityId: projectId,
      actorId: actor.id,
      data: { userId, changes: { role: { old: current, new: role } } },
    });
  });
}

/** Removes a member (or lets a member leave); the owner cannot be removed (409). */
export async function removeProjectMember(ctx: AppContext, actor: Actor, projectId: string, userId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const project = await loadVisibleProject(trx, actor, projectId);
    if (!canRemoveMember(actor, projectFacts(project), userId))
      throw forbidden('Only those who run the project remove members');
    const current = await memberRole(trx, projectId, userId);
    if (!current) throw notFound('Member');
    if (current === 'owner') throw conflict('owner_not_removable', 'The owner cannot be removed from the project');
    await trx.deleteFrom('projectMembers').where('projectId', '=', projectId).where('userId', '=', userId).execute();
    await appendEvent(trx, {
      type: 'project.member_removed',
      entityType: 'project',
      entityId: projectId,
      actorId: actor.id,
      data: { userId, role: current },
    });
  });
}
