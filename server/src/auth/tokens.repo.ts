import type { Kysely } from 'kysely';
import type { CrmAccess } from '@artel/common';
import type { DB } from '../db/schema.js';
import { newId } from '../db/ids.js';
import { nowIso, toIso, toIsoOrNull } from '../db/values.js';
import { appendEvent } from '../events/event-log.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secrets.js';
import { orgRevisionColumn, type CredentialOwner } from './sessions.repo.js';

/** Last-use time is recorded at most this often per token. */
const LAST_USED_INTERVAL_MS = 60 * 1000;

/** Creates a personal API token; the secret is returned once and stored only hashed. */
export async function createApiToken(
  db: Kysely<DB>,
  userId: string,
  name: string,
): Promise<{ id: string; name: string; token: string }> {
  const token = newSecret(API_TOKEN_PREFIX);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('apiTokens')
      .values({
        id,
        userId,
        name,
        prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        tokenHash: hashSecret(token),
        scopes: null,
        createdAt: nowIso(),
      })
      .execute();
    await appendEvent(trx, {
      type: 'api_token.created',
      entityType: 'api_token',
      entityId: id,
      actorId: userId,
      data: { name },
    });
  });
  return { id, name, token };
}

/** A user's live tokens, newest first, without secrets. */
export async function listApiTokens(db: Kysely<DB>, userId: string) {
  const rows = await db
    .selectFrom('apiTokens')
    .select(['id', 'name', 'prefix', 'createdAt', 'lastUsedAt'])
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: toIso(r.createdAt),
    lastUsedAt: toIsoOrNull(r.lastUsedAt),
  }));
}

/** Revokes one of the user's own tokens; false when there is no such live token of theirs. */
export async function revokeApiToken(db: Kysely<DB>, userId: string, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('apiTokens')
      .set({ revokedAt: nowIso() })
      .where('id', '=', id)
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .returning(['name'])
      .executeTakeFirst();
    if (!row) return false;
    await appendEvent(trx, {
      type: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      actorId: userId,
      data: { name: row.name },
    });
    return true;
  });
}

/** Finds the active user behind a bearer token, or undefined for unknown, revoked or expired. */
export async function findTokenOwner(db: Kysely<DB>, token: string): Promise<CredentialOwner | undefined> {
  const now = nowIso();
  const row = await db
    .selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .select([
      'apiTokens.id as credentialId',
      'apiTokens.lastUsedAt',
      'apiTokens.createdAt',
      'users.id as userId',
      'users.isAdmin',
      'users.departmentId',
      'users.crmAccess',
    ])
    .select(orgRevisionColumn(db))
    .where('apiTokens.tokenHash', '=', hashSecret(token))
    .where('apiTokens.revokedAt', 'is', null)
    .where((eb) => eb.or([eb('apiTokens.expiresAt', 'is', null), eb('apiTokens.expiresAt', '>', now)]))
    .where('users.isActive', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    credentialId: row.credentialId,
    userId: row.userId,
    isAdmin: Boolean(row.isAdmin),
    departmentId: row.departmentId,
    crmAccess: row.crmAccess as CrmAccess,
    lastSeenAt: row.lastUsedAt ?? new Date(0),
    orgRevision: Number(row.orgRevision ?? 0),
  };
}

/** Records a token's last use, at most once a minute. */
export async function touchApiToken(db: Kysely<DB>, owner: CredentialOwner): Promise<void> {
  if (Date.now() - new Date(owner.lastSeenAt).getTime() < LAST_USED_INTERVAL_MS) return;
  await db.updateTable('apiTokens').set({ lastUsedAt: nowIso() }).where('id', '=', owner.credentialId).execute();
}
