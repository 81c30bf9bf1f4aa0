import type { ShiftedTask } from '@artel/common';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { visibleTaskCondition } from './task-scope.js';
import type { TaskViewer } from './tasks.policy.js';

/**
 * The shifted dependants the mover may see. A move pushes tasks the mover cannot see (a link into
 * a closed project); they move all the same, but the answer must not reveal that they exist.
 */
export async function visibleShifts(
  db: Kysely<DB>,
  viewer: TaskViewer,
  shifted: readonly ShiftedTask[],
): Promise<ShiftedTask[]> {
  const condition = visibleTaskCondition(viewer);
  if (!condition) return [...shifted];
  const visible = new Set<string>();
  const ids = shifted.map((s) => s.id);
  // Chunks keep the IN list within either dialect's parameter limit.
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db
      .selectFrom('tasks as t')
      .select('t.id')
      .where('t.id', 'in', ids.slice(i, i + 5000))
      .where(condition)
      .execute();
    for (const r of rows) visible.add(r.id);
  }
  return shifted.filter((s) => visible.has(s.id));
}
