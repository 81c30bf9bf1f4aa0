import { z } from 'zod';

/** Query parameters shared by every list route: `?limit=` (1–500, default 50) and `?cursor=`. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});

/** Wraps an item schema into the list shape `{ items, nextCursor }`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
