import type { Kysely } from 'kysely';
import type { CrmAccess } from '@artel/common';
import type { DB } from '../db/schema.js';
import { newId } from '../db/ids.js';
import { nowIso } from '../db/values.js';
import { preparedQuery } from '../db/prepared-query.js';
import { appendEvent } from '../events/event-log.js';
import { hashSecret, newSecret } from './secrets.js';

/** How long a session lives without use; every use pushes the end forward (sliding expiry). */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
/** Sliding expiry is written at most this often per session, to keep reads free of writes. */
const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

/** A live credential's owner, as authentication needs it. */
export interface CredentialOwner {
  credentialId: string;
  userId: string;
  isAdmin: boolean;
  departmentId: string | null;
  crmAccess: CrmAccess;
  lastSeenAt: string | Date;
  /**
   * The org structure's revision, read in the same statement: a request whose tree is already
   * cached (the usual case) then needs no query of its own to know it.
   */
  orgRevision: number;
}

/** The revision of the org structure, as a column of the credential lookups. */
export function orgRevisionColumn(db: Kysely<DB>) {
  return db.selectFrom('orgState').select('revision').where('id', '=', 1).as('orgRevision');
}

const sessionOwner = preparedQuery((db, _shape: null, v: { tokenHash: string; now: string; active: boolean }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id as credentialId',
      'sessions.lastSeenAt',
      'users.id as userId',
      'users.isAdmin',
      'users.departmentId',
      'users.crmAccess',
    ])
    .select(orgRevisionColumn(db))
    .where('sessions.tokenHash', '=', v.tokenHash)
    .where('sessions.expiresAt', '>', v.now)
    .where('users.isActive', '=', v.active),
);

/** Starts a session for a user; returns the secret for the cookie (stored only hashed). */
export async function createSession(
  db: Kysely<DB>,
  userId: string,
  meta: { userAgent: string | null; ip: string | null },
): Promise<string> {
  const token = newSecret();
  const now = Date.now();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        id,
        tokenHash: hashSecret(token),
        userId,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
        lastSeenAt: new Date(now).toISOString(),
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
        ip: meta.ip,
      })
      .execute();
    // Sign-ins are part of the audit trail; the session id is not, so a leaked log reveals nothing.
    await appendEvent(trx, {
      type: 'user.signed_in',
      entityType: 'user',
      entityId: userId,
      actorId: userId,
      data: { via: 'password' },
    });
  });
  return token;
}

/** Finds the active user behind a session cookie, or undefined for an unknown or expired one. */
export async function findSessionOwner(db: Kysely<DB>, token: string): Promise<CredentialOwner | undefined> {
  const [row] = await sessionOwner(db, null, { tokenHash: hashSecret(token), now: nowIso(), active: true });
  if (!row) return undefined;
  return {
    ...row,
    isAdmin: Boolean(row.isAdmin),
    crmAccess: row.crmAccess as CrmAccess,
    orgRevision: Number(row.orgRevision ?? 0),
  };
}

/** Slides a session's expiry forward when it was last recorded a while ago. */
export async function touchSession(db: Kysely<DB>, owner: CredentialOwner): Promise<void> {
  const now = Date.now();
  if (now - new Date(owner.lastSeenAt).getTime() < TOUCH_INTERVAL_MS) return;
  await db
    .updateTable('sessions')
    .set({
      lastSeenAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
    })
    .where('id', '=', owner.credentialId)
    .execute();
}

/** Ends one session (logout). */
export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user but one (after a password change), or all of them. */
export async function deleteUserSessions(db: Kysely<DB>, userId: string, keepSessionId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keepSessionId) query = query.where('id', '<>', keepSessionId);
  await query.execute();
}
