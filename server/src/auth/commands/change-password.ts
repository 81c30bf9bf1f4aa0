import type { AppContext } from '../../context.js';
import { appendEvent } from '../../events/event-log.js';
import { HttpError, unauthorized } from '../../http/errors.js';
import { nowIso } from '../../db/values.js';
import type { Actor } from '../actor.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import { deleteUserSessions } from '../sessions.repo.js';

/**
 * Changes the actor's own password after checking the current one, and ends their other sessions
 * (a password change is what people do when they suspect someone else is signed in).
 */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await ctx.db.selectFrom('users').select('passwordHash').where('id', '=', actor.id).executeTakeFirst();
  if (!row) throw unauthorized();
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new HttpError(400, 'invalid_current_password', 'The current password is wrong', [
      { field: 'currentPassword', message: 'wrong password' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword, ctx.config.passwordHashing);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ passwordHash, updatedAt: nowIso() }).where('id', '=', actor.id).execute();
    await deleteUserSessions(trx, actor.id, actor.via === 'cookie' ? actor.credentialId : undefined);
    await appendEvent(trx, {
      type: 'user.password_changed',
      entityType: 'user',
      entityId: actor.id,
      actorId: actor.id,
      data: {},
    });
  });
}
