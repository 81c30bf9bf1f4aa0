import { conflict, notFound, staleVersion } from '../http/errors.js';

/**
 * Decides what a failed `... where id = ? and version = ?` update means: the record is gone (404)
 * or someone saved first (409). Keeps optimistic concurrency uniform across tables.
 */
export function missingOrStale(exists: boolean, what: string): never {
  if (!exists) throw notFound(what);
  throw staleVersion();
}

/** Maps unique-constraint violations of either dialect to a 409 naming the field. */
export function rethrowUnique(error: unknown, field: string, code: string, message: string): never {
  const e = error as { code?: string; message?: string };
  if (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint/.test(e.message ?? '')) {
    throw conflict(code, message, [{ field, message: 'already taken' }]);
  }
  throw error;
}
