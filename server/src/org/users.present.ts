import type { CrmAccess, Locale, User, UserSummary } from '@artel/common';
import type { Selectable } from 'kysely';
import type { UserTable } from '../db/schema.js';
import { readJson, toIso } from '../db/values.js';
import { deriveManagerId, type OrgTree } from './org-tree.js';

/** The columns every user view reads (never the password hash). */
export const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'position',
  'departmentId',
  'officeId',
  'phones',
  'birthday',
  'hireDate',
  'skills',
  'photoFile',
  'isAdmin',
  'crmAccess',
  'isActive',
  'locale',
  'version',
  'createdAt',
] as const;

export type UserRow = Pick<Selectable<UserTable>, (typeof USER_COLUMNS)[number]>;

/** Where a user's photo is served; the version busts browser caches after an upload. */
export function photoUrl(row: { id: string; photoFile: string | null; version: number }) {
  return row.photoFile ? `/api/v1/users/${row.id}/photo?v=${row.version}` : null;
}

/** A user row as the API shows it, with the manager derived from the current structure. */
export function presentUser(row: UserRow, tree: OrgTree): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    position: row.position,
    departmentId: row.departmentId,
    officeId: row.officeId,
    managerId: deriveManagerId(tree, row.id, row.departmentId),
    isAdmin: Boolean(row.isAdmin),
    crmAccess: row.crmAccess as CrmAccess,
    isActive: Boolean(row.isActive),
    phones: readJson(row.phones),
    birthday: row.birthday,
    hireDate: row.hireDate,
    skills: readJson(row.skills),
    photoUrl: photoUrl(row),
    locale: row.locale as Locale,
    version: row.version,
    createdAt: toIso(row.createdAt),
  };
}

/** A person as shown inside other records. */
export function presentUserSummary(row: {
  id: string;
  name: string;
  position: string | null;
  photoFile: string | null;
  version: number;
}): UserSummary {
  return { id: row.id, name: row.name, position: row.position, photoUrl: photoUrl(row) };
}
