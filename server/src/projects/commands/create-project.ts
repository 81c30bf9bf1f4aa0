import { DEFAULT_STAGE_NAMES, type Locale, type ProjectVisibility } from '@artel/common';
import type { Actor } from '../../auth/actor.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { nowIso, toStoredInstant } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { badField } from '../../http/errors.js';
import { activeUserIds } from '../../tasks/user-refs.js';
import { projectSearchColumns } from '../projects.repo.js';

/** A new project as the API accepts it. */
export interface NewProject {
  name: string;
  description?: string | undefined;
  visibility: ProjectVisibility;
  memberIds?: string[] | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
}

/**
 * Creates a project owned by its creator, with the given members and the default board stages
 * named in the creator's language. Returns the new id.
 */
export async function createProject(ctx: AppContext, actor: Actor, input: NewProject): Promise<string> {
  const id = newId();
  const description = input.description ?? '';
  const startDate = toStoredInstant(input.startDate) ?? null;
  const endDate = toStoredInstant(input.endDate) ?? null;
  if (startDate && endDate && endDate < startDate) throw badField('endDate', 'must not be before startDate');
  const memberIds = [...new Set(input.memberIds ?? [])].filter((m) => m !== actor.id);
  await ctx.db.transaction().execute(async (trx) => {
    const known = await activeUserIds(trx, memberIds);
    const unknown = memberIds.find((m) => !known.has(m));
    if (unknown) throw badField('memberIds', `no active user ${unknown}`);
    const creator = await trx.selectFrom('users').select('locale').where('id', '=', actor.id).executeTakeFirst();
    const now = nowIso();
    await trx
      .insertInto('projects')
      .values({
        id,
        name: input.name,
        ...projectSearchColumns({ name: input.name, description }),
        description,
        visibility: input.visibility,
        ownerId: actor.id,
        startDate,
        endDate,
        archived: false,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await trx
      .insertInto('projectMembers')
      .values([
        { projectId: id, userId: actor.id, role: 'owner', addedAt: now },
        ...memberIds.map((userId) => ({ projectId: id, userId, role: 'member' as const, addedAt: now })),
      ])
      .execute();
    const names = DEFAULT_STAGE_NAMES[(creator?.locale as Locale | undefined) ?? 'ru'];
    await trx
      .insertInto('projectStages')
      .values(
        names.map((name, position) => ({
          id: newId(),
          projectId: id,
          name,
          position,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
    await appendEvent(trx, {
      type: 'project.created',
      entityType: 'project',
      entityId: id,
      actorId: actor.id,
      data: { name: input.name, visibility: input.visibility, memberIds },
    });
  });
  return id;
}
