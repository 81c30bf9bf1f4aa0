import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { badField, conflict, forbidden } from '../../http/errors.js';
import { STAGE_GAP } from '../../projects/commands/project-stages.js';
import { loadVisibleTask } from '../task-access.js';
import { canWorkOnTask, type TaskViewer } from '../tasks.policy.js';

/** Below this gap between neighbours the stage is renumbered before inserting. */
const MIN_GAP = 1e-6;

/**
 * Moves a task on its project's board: to `stageId`, right after `afterId` (or first when it is
 * null). Positions are floats with gaps, so a move writes one row; when a gap runs out the
 * stage is renumbered in the same transaction. The status does not change: stages are the
 * project's own columns, not the workflow.
 */
export async function moveTask(
  ctx: AppContext,
  viewer: TaskViewer,
  taskId: string,
  input: { stageId: string; afterId?: string | null | undefined },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const task = await loadVisibleTask(trx, viewer, taskId);
    if (!canWorkOnTask(viewer, task.facts)) throw forbidden('Only those working on the task move it');
    const projectId = task.row.projectId;
    if (!projectId) throw conflict('not_in_project', 'Only tasks of a project sit on a board');
    const stage = await trx
      .selectFrom('projectStages')
      .select('id')
      .where('id', '=', input.stageId)
      .where('projectId', '=', projectId)
      .executeTakeFirst();
    if (!stage) throw badField('stageId', 'not a stage of this task’s project');
    let position = await positionAfter(trx, projectId, input.stageId, taskId, input.afterId ?? null);
    if (position === null) {
      await renumberStage(trx, projectId, input.stageId);
      position = (await positionAfter(trx, projectId, input.stageId, taskId, input.afterId ?? null))!;
    }
    await trx
      .updateTable('tasks')
      .set({ stageId: input.stageId, stagePosition: position, version: task.row.version + 1, updatedAt: nowIso() })
      .where('id', '=', taskId)
      .execute();
    if (task.row.stageId !== input.stageId) {
      await appendEvent(trx, {
        type: 'task.updated',
        entityType: 'task',
        entityId: taskId,
        actorId: viewer.id,
        data: { changes: { stageId: { old: task.row.stageId, new: input.stageId } } },
      });
    }
  });
}

/** The position between `afterId` and its next neighbour; null when the gap is used up. */
async function positionAfter(
  trx: Kysely<DB>,
  projectId: string,
  stageId: string,
  taskId: string,
  afterId: string | null,
): Promise<number | null> {
  const inStage = trx
    .selectFrom('tasks')
    .select(['id', 'stagePosition'])
    .where('projectId', '=', projectId)
    .where('stageId', '=', stageId)
    .where('id', '!=', taskId);
  let lower: number | null = null;
  if (afterId) {
    const after = await inStage.where('id', '=', afterId).executeTakeFirst();
    if (!after) throw badField('afterId', 'not a task in that stage');
    lower = after.stagePosition ?? 0;
  }
  const next = await (lower === null ? inStage : inStage.where('stagePosition', '>', lower))
    .orderBy('stagePosition')
    .limit(1)
    .executeTakeFirst();
  const upper = next?.stagePosition ?? null;
  if (lower === null) return upper === null ? STAGE_GAP : upper - STAGE_GAP;
  if (upper === null) return lower + STAGE_GAP;
  const mid = (lower + upper) / 2;
  return upper - lower > MIN_GAP ? mid : null;
}

async function renumberStage(trx: Kysely<DB>, projectId: string, stageId: string): Promise<void> {
  const rows = await trx
    .selectFrom('tasks')
    .select('id')
    .where('projectId', '=', projectId)
    .where('stageId', '=', stageId)
    .orderBy('stagePosition')
    .orderBy('id')
    .execute();
  for (const [i, r] of rows.entries()) {
    await trx
      .updateTable('tasks')
      .set({ stagePosition: (i + 1) * STAGE_GAP })
      .where('id', '=', r.id)
      .execute();
  }
}
