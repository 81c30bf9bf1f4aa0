import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { USER_COLUMNS, type UserRow } from './users.present.js';

/** Keys that make `sortName`/`searchText`: lower-cased in JS, since SQLite's lower() is ASCII-only. */
export function userSearchColumns(user: { name: string; email: string; position: string | null }) {
  return {
    sortName: user.name.toLocaleLowerCase('ru'),
    searchText: [user.name, user.email, user.position ?? ''].join(' ').toLocaleLowerCase('ru').replaceAll('ё', 'е'),
  };
}

/** Normalises a search query the same way `searchText` was built. */
export function normaliseQuery(q: string): string {
  return q.trim().toLocaleLowerCase('ru').replaceAll('ё', 'е');
}

/** Escapes LIKE wildcards so a user's `%` or `_` matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One user by id, or undefined. */
export function findUser(db: Kysely<DB>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** One user by e-mail (lower-cased), with the password hash, for sign-in. */
export function findUserForLogin(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'passwordHash'])
    .where('email', '=', email)
    .executeTakeFirst();
}

/** Whether the database holds any user at all (first-run detection). */
export async function hasAnyUser(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Filters for the directory. */
export interface UserListFilter {
  q?: string | undefined;
  departmentId?: string | undefined;
  officeId?: string | undefined;
  includeInactive?: boolean | undefined;
  after?: { sortName: string; id: string } | undefined;
  limit: number;
}

/**
 * A page of the directory, in name order, by keyset (cost per page, not per table). Fetches one
 * row more than asked so the caller knows whether a next page exists.
 */
export function listUsers(db: Kysely<DB>, filter: UserListFilter) {
  let query = db.selectFrom('users').select([...USER_COLUMNS, 'sortName']);
  if (!filter.includeInactive) query = query.where('isActive', '=', true);
  if (filter.departmentId) query = query.where('departmentId', '=', filter.departmentId);
  if (filter.officeId) query = query.where('officeId', '=', filter.officeId);
  if (filter.q) {
    const pattern = `%${escapeLike(normaliseQuery(filter.q))}%`;
    query = query.where(sql<boolean>`${sql.ref('searchText')} like ${pattern} escape '\\'`);
  }
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('sortName', '>', after.sortName),
        eb.and([eb('sortName', '=', after.sortName), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query
    .orderBy('sortName')
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
}
