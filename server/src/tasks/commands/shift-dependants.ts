import type { ShiftedTask } from '@artel/common';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nowIso, toIsoOrNull } from '../../db/values.js';
import { appendEvents } from '../../events/event-log.js';
import { ScheduleCycleError } from '../../gantt/errors.js';
import { rescheduleTask } from '../../gantt/reschedule.js';
import type { DateSpan, GanttLink, LinkType } from '../../gantt/types.js';
import { conflict } from '../../http/errors.js';
import { missingOrStale } from '../../org/versioned-update.js';

interface ReachedLink {
  id: string;
  predecessorId: string;
  successorId: string;
  type: string;
  startDate: string | Date | null;
  endDate: string | Date | null;
  version: number;
}

/**
 * After a task's dates changed (`before` → `after`), pushes every task downstream of it forward as
 * far as its links require — never back — inside the caller's transaction. Every shifted task gets
 * its new dates, its `version` bumped and one `task.updated` event by the mover, naming the moved
 * task as the cause. Dependants are shifted whoever may edit them: the move is the mover's, the
 * shift its consequence. A loop through the moved task is 409 `dependency_cycle`.
 *
 * One recursive query reads the links downstream of the task with their successors' dates, so
 * the cost does not grow with the project, only with what the move can reach.
 */
export async function shiftDependants(
  trx: Kysely<DB>,
  actorId: string,
  taskId: string,
  before: { startDate: string | null; endDate: string | null },
  after: DateSpan,
): Promise<ShiftedTask[]> {
  const { rows } = await sql<ReachedLink>`
    with recursive reach(id) as (
      select ${taskId}
      union
      select d.successor_id from task_dependencies d join reach r on d.predecessor_id = r.id
    )
    select d.id, d.predecessor_id, d.successor_id, d.type, s.start_date, s.end_date, s.version
    from reach r
    join task_dependencies d on d.predecessor_id = r.id
    join tasks s on s.id = d.successor_id`.execute(trx);
  if (rows.length === 0) return [];

  const dates = new Map<string, { startDate: string | null; endDate: string | null }>([[taskId, before]]);
  const versions = new Map<string, number>();
  const links: GanttLink[] = [];
  for (const r of rows) {
    links.push({ predecessorId: r.predecessorId, successorId: r.successorId, type: r.type as LinkType });
    if (r.successorId === taskId) continue;
    dates.set(r.successorId, { startDate: toIsoOrNull(r.startDate), endDate: toIsoOrNull(r.endDate) });
    versions.set(r.successorId, Number(r.version));
  }
  const tasks = [...dates].map(([id, d]) => ({ id, ...d }));
  let moves;
  try {
    moves = rescheduleTask(tasks, links, { id: taskId, ...after });
  } catch (error) {
    if (error instanceof ScheduleCycleError) {
      throw conflict('dependency_cycle', 'The task’s links lead back to it; remove a link before moving it', [
        { field: 'startDate', message: 'the task’s dependants loop back to it' },
      ]);
    }
    throw error;
  }
  if (moves.length === 0) return [];

  const now = nowIso();
  const shifted: ShiftedTask[] = [];
  for (const move of moves) {
    const version = versions.get(move.id)!;
    const updated = await trx
      .updateTable('tasks')
      .set({ startDate: move.new.startDate, endDate: move.new.endDate, version: version + 1, updatedAt: now })
      .where('id', '=', move.id)
      .where('version', '=', version)
      .executeTakeFirst();
    // Read in this transaction, so only a concurrent writer on PostgreSQL can get here first.
    if (Number(updated.numUpdatedRows) === 0) missingOrStale(true, 'Dependent task');
    shifted.push({ id: move.id, ...move.new, version: version + 1 });
  }
  await appendEvents(
    trx,
    moves.map((move) => ({
      type: 'task.updated' as const,
      entityType: 'task' as const,
      entityId: move.id,
      actorId,
      data: {
        changes: {
          startDate: { old: move.old.startDate, new: move.new.startDate },
          endDate: { old: move.old.endDate, new: move.new.endDate },
        },
        shiftedBy: taskId,
      },
    })),
  );
  return shifted;
}
