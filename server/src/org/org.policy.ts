import { SELF_EDITABLE_USER_FIELDS } from '@artel/common';
import type { Actor } from '../auth/actor.js';

/** Offices, departments and accounts are the admins' to change. */
export function canManageStructure(actor: Actor): boolean {
  return actor.isAdmin;
}

/** Every signed-in employee may read the directory, the structure and any profile. */
export function canReadDirectory(actor: Actor | null): actor is Actor {
  return actor !== null;
}

/** Which of the given profile fields the actor may not change on this user (empty = allowed). */
export function forbiddenUserFields(actor: Actor, userId: string, fields: string[]): string[] {
  if (actor.isAdmin) return [];
  if (actor.id !== userId) return fields;
  const own: readonly string[] = SELF_EDITABLE_USER_FIELDS;
  return fields.filter((f) => !own.includes(f));
}

/** Photos follow the profile rule: one's own, or any as an admin. */
export function canChangePhoto(actor: Actor, userId: string): boolean {
  return actor.isAdmin || actor.id === userId;
}
