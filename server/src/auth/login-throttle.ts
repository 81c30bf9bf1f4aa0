import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { HttpError } from '../http/errors.js';

/** Failures allowed per account, and per address, inside one window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
const WINDOW_MS = 15 * 60 * 1000;

/**
 * Failed-login counters live in the database, so every app instance sees the same count and a
 * restart does not reset an attack in progress.
 */
export function throttleKeys(email: string, ip: string) {
  return [
    { key: `account:${email}`, limit: MAX_FAILURES_PER_ACCOUNT },
    { key: `address:${ip}`, limit: MAX_FAILURES_PER_ADDRESS },
  ];
}

/** Answers 429 with `Retry-After` while any of the keys is over its limit. */
export async function assertNotThrottled(db: Kysely<DB>, email: string, ip: string): Promise<void> {
  const keys = throttleKeys(email, ip);
  const rows = await db
    .selectFrom('loginFailures')
    .selectAll()
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute();
  const now = Date.now();
  for (const row of rows) {
    const limit = keys.find((k) => k.key === row.key)?.limit ?? Infinity;
    const endsAt = new Date(row.windowStart).getTime() + WINDOW_MS;
    if (row.count >= limit && endsAt > now) {
      const retryAfter = Math.ceil((endsAt - now) / 1000);
      throw new HttpError(
        429,
        'too_many_attempts',
        `Too many failed sign-in attempts; try again in ${Math.ceil(retryAfter / 60)} min`,
        undefined,
        { 'retry-after': String(retryAfter) },
      );
    }
  }
}

/** Counts one failed attempt against the account and the address. */
export async function recordLoginFailure(db: Kysely<DB>, email: string, ip: string): Promise<void> {
  const now = new Date();
  const windowFloor = new Date(now.getTime() - WINDOW_MS).toISOString();
  for (const { key } of throttleKeys(email, ip)) {
    await db
      .insertInto('loginFailures')
      .values({ key, count: 1, windowStart: now.toISOString() })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          // A window that has ended starts over at one.
          count: eb
            .case()
            .when('loginFailures.windowStart', '<', windowFloor)
            .then(1)
            .else(eb('loginFailures.count', '+', 1))
            .end(),
          windowStart: eb
            .case()
            .when('loginFailures.windowStart', '<', windowFloor)
            .then(now.toISOString())
            .else(eb.ref('loginFailures.windowStart'))
            .end(),
        })),
      )
      .execute();
  }
}

/** A successful sign-in clears the account's counter (the address keeps its count). */
export async function clearAccountFailures(db: Kysely<DB>, email: string): Promise<void> {
  await db.deleteFrom('loginFailures').where('key', '=', `account:${email}`).execute();
}
