import type { Kysely } from 'kysely';
import { preparedQuery } from '../db/prepared-query.js';
import type { DB } from '../db/schema.js';
import { nowIso } from '../db/values.js';
import type { EntityType, EventMap, EventType } from './event-map.js';

/** What a write records about itself. */
export interface NewEvent<T extends EventType> {
  type: T;
  entityType: EntityType;
  entityId: string;
  actorId: string | null;
  data: EventMap[T];
}

/**
 * Appends an event to the log. Always called with the transaction of the change it describes,
 * so the change and its event commit or vanish together.
 */
export async function appendEvent<T extends EventType>(trx: Kysely<DB>, event: NewEvent<T>): Promise<void> {
  await insertEvent(trx, null, {
    type: event.type,
    entityType: event.entityType,
    entityId: event.entityId,
    actorId: event.actorId,
    data: JSON.stringify(event.data),
    createdAt: nowIso(),
  });
}

/** Rows per multi-row insert: 7 columns each, well under either dialect's parameter limit. */
const EVENT_BATCH = 200;

/** Appends many events of one change in as few statements as possible (same transaction rule). */
export async function appendEvents<T extends EventType>(
  trx: Kysely<DB>,
  events: readonly NewEvent<T>[],
): Promise<void> {
  const createdAt = nowIso();
  for (let i = 0; i < events.length; i += EVENT_BATCH) {
    await trx
      .insertInto('events')
      .values(
        events.slice(i, i + EVENT_BATCH).map((event) => ({
          type: event.type,
          entityType: event.entityType,
          entityId: event.entityId,
          actorId: event.actorId,
          data: JSON.stringify(event.data),
          createdAt,
        })),
      )
      .execute();
  }
}

const insertEvent = preparedQuery(
  (
    db,
    _shape: null,
    v: { type: string; entityType: string; entityId: string; actorId: string | null; data: string; createdAt: string },
  ) => db.insertInto('events').values(v),
);

/** Field-by-field difference between a record and a patch, only where a value really changes. */
export function diffFields<T extends object>(
  before: T,
  patch: Partial<T>,
): Record<string, { old: unknown; new: unknown }> {
  const changes: Record<string, { old: unknown; new: unknown }> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(old) !== JSON.stringify(value)) changes[key] = { old, new: value };
  }
  return changes;
}
