import type { UserSummary } from '@artel/common';
import type { Kysely } from 'kysely';
import { preparedQuery } from '../db/prepared-query.js';
import type { DB } from '../db/schema.js';
import { presentUserSummary } from '../org/users.present.js';

const summaryRows = preparedQuery((db, _shape: null, v: { ids: readonly string[] }) =>
  db.selectFrom('users').select(['id', 'name', 'position', 'photoFile', 'version']).where('id', 'in', v.ids),
);

/** UserRefs for a set of ids in one query (the page's people, never one query per row). */
export async function fetchUserSummaries(db: Kysely<DB>, ids: Iterable<string>): Promise<Map<string, UserSummary>> {
  const unique = [...new Set(ids)];
  const result = new Map<string, UserSummary>();
  if (unique.length === 0) return result;
  const rows = await summaryRows(db, null, { ids: unique });
  for (const row of rows) result.set(row.id, presentUserSummary(row));
  return result;
}

/** Which of the given ids are active accounts; the rest are named in a 400 by the caller. */
export async function activeUserIds(db: Kysely<DB>, ids: Iterable<string>): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', unique)
    .where('isActive', '=', true)
    .execute();
  return new Set(rows.map((r) => r.id));
}
