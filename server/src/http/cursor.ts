import type { z } from 'zod';
import { badField } from './errors.js';

/** Packs a keyset position into an opaque cursor string. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Unpacks a cursor made by `encodeCursor`; anything else is a 400 naming `cursor`. */
export function decodeCursor<T extends z.ZodType>(cursor: string, shape: T): z.infer<T> {
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the same answer as a well-formed but foreign cursor
  }
  throw badField('cursor', 'not a cursor returned by this list');
}
