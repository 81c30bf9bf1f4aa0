import type { User } from '@artel/common';
import type { Actor } from '../../auth/actor.js';
import { deleteUserSessions } from '../../auth/sessions.repo.js';
import type { AppContext } from '../../context.js';
import { nowIso, readJson } from '../../db/values.js';
import { appendEvent, diffFields } from '../../events/event-log.js';
import { badField, forbidden } from '../../http/errors.js';
import { forbiddenUserFields } from '../org.policy.js';
import { assertDepartmentExists, assertOfficeExists } from '../references.js';
import { presentUser, USER_COLUMNS } from '../users.present.js';
import { findUser, userSearchColumns } from '../users.repo.js';
import { missingOrStale, rethrowUnique } from '../versioned-update.js';

/** A profile patch as the API accepts it. */
export interface UserPatch {
  name?: string | undefined;
  position?: string | null | undefined;
  phones?: { value: string; type: string }[] | undefined;
  birthday?: string | null | undefined;
  skills?: string[] | undefined;
  locale?: 'ru' | 'en' | undefined;
  email?: string | undefined;
  departmentId?: string | null | undefined;
  officeId?: string | null | undefined;
  hireDate?: string | null | undefined;
  isAdmin?: boolean | undefined;
  crmAccess?: 'own' | 'department' | 'all' | undefined;
  isActive?: boolean | undefined;
  version: number;
}

/**
 * Changes a profile: own fields by the user, anything by an admin. An admin cannot take away
 * their own admin flag or deactivate themselves (so nobody locks the portal out by accident);
 * deactivation ends the person's sessions at once while their history stays.
 */
export async function updateUser(ctx: AppContext, actor: Actor, userId: string, input: UserPatch): Promise<User> {
  const { version, ...patch } = input;
  const fields = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
  const refused = forbiddenUserFields(actor, userId, fields);
  if (refused.length > 0) throw forbidden(`You may not change: ${refused.join(', ')}`);
  if (actor.id === userId && patch.isAdmin === false)
    throw badField('isAdmin', 'you cannot remove your own admin rights');
  if (actor.id === userId && patch.isActive === false) throw badField('isActive', 'you cannot deactivate yourself');

  const row = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const before = await findUser(trx, userId);
      if (!before || before.version !== version) missingOrStale(Boolean(before), 'User');
      await assertDepartmentExists(trx, 'departmentId', patch.departmentId);
      await assertOfficeExists(trx, 'officeId', patch.officeId);
      const current = {
        ...before,
        phones: readJson(before.phones),
        skills: readJson(before.skills),
        isAdmin: Boolean(before.isAdmin),
        isActive: Boolean(before.isActive),
      };
      const changes = diffFields(current, patch);
      const next = {
        name: patch.name ?? before.name,
        email: patch.email ?? before.email,
        position: patch.position === undefined ? before.position : patch.position,
      };
      const updated = await trx
        .updateTable('users')
        .set({
          ...patch,
          phones: patch.phones && JSON.stringify(patch.phones),
          skills: patch.skills && JSON.stringify(patch.skills),
          ...userSearchColumns(next),
          version: version + 1,
          updatedAt: nowIso(),
        })
        .where('id', '=', userId)
        .where('version', '=', version)
        .returning(USER_COLUMNS)
        .executeTakeFirst();
      if (!updated) missingOrStale(true, 'User');
      if (patch.isActive === false && current.isActive) {
        await deleteUserSessions(trx, userId);
        await appendEvent(trx, {
          type: 'user.deactivated',
          entityType: 'user',
          entityId: userId,
          actorId: actor.id,
          data: {},
        });
      } else if (patch.isActive === true && !current.isActive) {
        await appendEvent(trx, {
          type: 'user.activated',
          entityType: 'user',
          entityId: userId,
          actorId: actor.id,
          data: {},
        });
      }
      await appendEvent(trx, {
        type: 'user.updated',
        entityType: 'user',
        entityId: userId,
        actorId: actor.id,
        data: { changes },
      });
      return updated;
    })
    .catch((error: unknown) => rethrowUnique(error, 'email', 'email_taken', 'Someone already uses this e-mail'));
  return presentUser(row, await ctx.orgTree.get());
}
