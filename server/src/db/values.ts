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

/** The current instant, as stored. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** An instant from the API (ISO date-time or bare date) as stored: canonical ISO UTC. */
export function toStoredInstant(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  return new Date(value).toISOString();
}
