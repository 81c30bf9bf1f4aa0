import type { Kysely } from 'kysely';
import type { Department } from '@artel/common';
import type { DB } from '../db/schema.js';

/** The columns a department answer carries. */
export const DEPARTMENT_COLUMNS = ['id', 'name', 'parentId', 'headId', 'deputyId', 'officeId', 'version'] as const;

/** One department, or undefined. */
export function findDepartment(db: Kysely<DB>, id: string): Promise<Department | undefined> {
  return db.selectFrom('departments').select(DEPARTMENT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Every department, in name order. */
export function listDepartments(db: Kysely<DB>): Promise<Department[]> {
  return db.selectFrom('departments').select(DEPARTMENT_COLUMNS).orderBy('name').orderBy('id').execute();
}

/** The company's top department (the one without a parent), if any exists yet. */
export async function findRootDepartmentId(db: Kysely<DB>): Promise<string | null> {
  const row = await db
    .selectFrom('departments')
    .select('id')
    .where('parentId', 'is', null)
    .orderBy('createdAt')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
