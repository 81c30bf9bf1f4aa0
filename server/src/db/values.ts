import { AsyncLocalStorage } from 'node:async_hooks';

const CANONICAL_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Reads a timestamp column on either dialect (string on SQLite, Date on PostgreSQL) as ISO UTC. */
export function toIso(value: string | Date): string {
  // Timestamps written by `nowIso` are already canonical; parsing them again costs per row.
  if (typeof value === 'string' && CANONICAL_ISO.test(value)) return value;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Like `toIso`, keeping null. */
export function toIsoOrNull(value: string | Date | null): string | null {
  return value === null ? null : toIso(value);
}

/** Reads a JSON column on either dialect (text on SQLite, parsed jsonb on PostgreSQL). */
export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * The instant `nowIso` answers inside `atInstant`. Scoped to one async call tree, so a request
 * running meanwhile still reads the real clock.
 */
const pinnedInstant = new AsyncLocalStorage<string>();

/** The current instant, as stored: the real time, or the one pinned by `atInstant`. */
export function nowIso(): string {
  return pinnedInstant.getStore() ?? new Date().toISOString();
}

/**
 * Runs `work` as if it happened at `instant`: every row and event it writes is stamped with that
 * time. The demo company replays weeks of work through the ordinary commands this way, so its
 * history reads as it would have been written. The commands already take their time from
 * `nowIso`, so pinning it here spares threading a clock through every command and `appendEvent`.
 */
export function atInstant<T>(instant: Date, work: () => Promise<T>): Promise<T> {
  return pinnedInstant.run(instant.toISOString(), work);
}

/** An instant from the API (ISO date-time or bare date) as stored: canonical ISO UTC. */
export function toStoredInstant(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  return new Date(value).toISOString();
}
