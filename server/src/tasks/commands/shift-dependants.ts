import type { ShiftedTask } from '@artel/common';
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
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
  const shifted: ShiftedTask[] = moves.map((move) => ({
    id: move.id,
    ...move.new,
    version: versions.get(move.id)! + 1,
  }));
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  for (let i = 0; i < shifted.length; i += UPDATE_BATCH) {
    const batch = shifted.slice(i, i + UPDATE_BATCH);
    const updated = await updateBatch(trx, batch, now, postgres);
    // Read in this transaction, so only a concurrent writer on PostgreSQL can get here first.
    if (updated !== batch.length) missingOrStale(true, 'Dependent task');
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

/** Tasks per UPDATE: 7 parameters each, well under either dialect's limit. */
const UPDATE_BATCH = 200;

/**
 * Writes new dates and versions of many tasks in one statement (`case id when …`), each row only
 * if it still has the version read. PostgreSQL cannot infer a parameter's type inside `case`, so
 * there the values are cast. Returns how many rows were written.
 */
async function updateBatch(trx: Kysely<DB>, batch: ShiftedTask[], now: string, postgres: boolean) {
  const instant = (v: string) => (postgres ? sql`cast(${v} as timestamptz)` : sql`${v}`);
  const integer = (v: number) => (postgres ? sql`cast(${v} as integer)` : sql`${v}`);
  const cases = (value: (s: ShiftedTask) => RawBuilder<unknown>) =>
    sql`case id ${sql.join(
      batch.map((s) => sql`when ${s.id} then ${value(s)}`),
      sql` `,
    )} end`;
  const result = await sql`
    update tasks set
      start_date = ${cases((s) => instant(s.startDate))},
      end_date = ${cases((s) => instant(s.endDate))},
      version = version + 1,
      updated_at = ${instant(now)}
    where id in (${sql.join(batch.map((s) => s.id))})
      and version = ${cases((s) => integer(s.version - 1))}`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
