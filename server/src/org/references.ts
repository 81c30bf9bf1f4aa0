import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { badField } from '../http/errors.js';

/** Refuses (400, field named) a reference to an office that does not exist. */
export async function assertOfficeExists(db: Kysely<DB>, field: string, id: string | null | undefined) {
  if (!id) return;
  const row = await db.selectFrom('offices').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw badField(field, 'no such office');
}

/** Refuses (400, field named) a reference to a department that does not exist. */
export async function assertDepartmentExists(db: Kysely<DB>, field: string, id: string | null | undefined) {
  if (!id) return;
  const row = await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw badField(field, 'no such department');
}

/** Refuses (400, field named) a reference to a missing or deactivated user. */
export async function assertActiveUser(db: Kysely<DB>, field: string, id: string | null | undefined) {
  if (!id) return;
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('isActive', '=', true)
    .executeTakeFirst();
  if (!row) throw badField(field, 'no such active user');
}
