import type { MultipartFile } from '@fastify/multipart';
import type { User } from '@artel/common';
import type { Actor } from '../../auth/actor.js';
import type { AppContext } from '../../context.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { HttpError, badField, forbidden, notFound } from '../../http/errors.js';
import { canChangePhoto } from '../org.policy.js';
import { presentUser, USER_COLUMNS } from '../users.present.js';
import { findUser } from '../users.repo.js';

/** Recognises an image by its first bytes, never by the name or type the client claims. */
function imageExtension(head: Buffer): string | null {
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'webp';
  return null;
}

async function setPhoto(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  photoFile: string | null,
): Promise<{ user: User; previous: string | null }> {
  const { row, previous } = await ctx.db.transaction().execute(async (trx) => {
    const before = await findUser(trx, userId);
    if (!before) throw notFound('User');
    const row = await trx
      .updateTable('users')
      .set((eb) => ({ photoFile, version: eb('version', '+', 1), updatedAt: nowIso() }))
      .where('id', '=', userId)
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
    await appendEvent(trx, {
      type: 'user.updated',
      entityType: 'user',
      entityId: userId,
      actorId: actor.id,
      data: { changes: { photo: { old: before.photoFile !== null, new: photoFile !== null } } },
    });
    return { row, previous: before.photoFile };
  });
  // Read the tree after commit: on SQLite the transaction holds the only connection.
  return { user: presentUser(row, await ctx.orgTree.get()), previous };
}

/** Stores an uploaded photo (PNG, JPEG or WebP) and points the profile at it. */
export async function saveUserPhoto(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  file: MultipartFile | undefined,
): Promise<User> {
  if (!(await findUser(ctx.db, userId))) throw notFound('User');
  if (!canChangePhoto(actor, userId)) throw forbidden('You may change only your own photo');
  if (!file) throw badField('file', 'attach an image file');
  const data = await file.toBuffer();
  if (file.file.truncated) throw new HttpError(413, 'payload_too_large', 'The photo is larger than 5 MB');
  const ext = imageExtension(data.subarray(0, 12));
  if (!ext) throw badField('file', 'must be a PNG, JPEG or WebP image');
  const key = `photos/${userId}-${Date.now()}.${ext}`;
  await ctx.storage.put(key, data);
  const { user, previous } = await setPhoto(ctx, actor, userId, key);
  if (previous) await ctx.storage.remove(previous);
  return user;
}

/** Removes a profile photo (initials are shown instead). */
export async function removeUserPhoto(ctx: AppContext, actor: Actor, userId: string): Promise<User> {
  if (!(await findUser(ctx.db, userId))) throw notFound('User');
  if (!canChangePhoto(actor, userId)) throw forbidden('You may change only your own photo');
  const { user, previous } = await setPhoto(ctx, actor, userId, null);
  if (previous) await ctx.storage.remove(previous);
  return user;
}
