import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../db/values.js';
import { appendEvent } from '../../events/event-log.js';
import { conflict, notFound } from '../../http/errors.js';
import { missingOrStale } from '../../org/versioned-update.js';
import { loadManagedProject } from '../project-access.js';
import { listStages } from '../projects.repo.js';

/** Appends a stage at the end of the board; returns its id. */
export async function addStage(ctx: AppContext, actor: Actor, projectId: string, name: string): Promise<string> {
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await loadManagedProject(trx, actor, projectId);
    const stages = await listStages(trx, projectId);
    const now = nowIso();
    await trx
      .insertInto('projectStages')
      .values({ id, projectId, name, position: stages.length, version: 1, createdAt: now, updatedAt: now })
      .execute();
    await appendEvent(trx, {
      type: 'project.stage_added',
      entityType: 'project',
      entityId: projectId,
      actorId: actor.id,
      data: { stageId: id, name },
    });
  });
  return id;
}

/**
 * Renames a stage and/or moves it to another index. Stage positions are kept as the indexes
 * 0..n-1 (a board has a handful of columns, so renumbering them all is cheap and keeps
 * `position` meaningful to clients).
 */
export async function updateStage(
  ctx: AppContext,
  actor: Actor,
  projectId: string,
  stageId: string,
  input: { name?: string | undefined; position?: number | undefined; version: number },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await loadManagedProject(trx, actor, projectId);
    const stages = await listStages(trx, projectId);
    const index = stages.findIndex((s) => s.id === stageId);
    const stage = stages[index];
    if (!stage) throw notFound('Stage');
    if (stage.version !== input.version) missingOrStale(true, 'Stage');
    const changes: Record<string, { old: unknown; new: unknown }> = {};
    if (input.name !== undefined && input.name !== stage.name) changes.name = { old: stage.name, new: input.name };
    const target = input.position === undefined ? index : Math.min(input.position, stages.length - 1);
    if (target !== index) {
      changes.position = { old: index, new: target };
      const order = stages.filter((s) => s.id !== stageId);
      order.splice(target, 0, stage);
      await renumber(trx, order, stageId);
    }
    await trx
      .updateTable('projectStages')
      .set({ name: input.name ?? stage.name, position: target, version: stage.version + 1, updatedAt: nowIso() })
      .where('id', '=', stageId)
      .execute();
    await appendEvent(trx, {
      type: 'project.stage_updated',
      entityType: 'project',
      entityId: projectId,
      actorId: actor.id,
      data: { stageId, changes },
    });
  });
}

/**
 * Deletes a stage; its tasks move to the end of the first remaining stage, keeping their order.
 * The last stage cannot go (409): a project's tasks always have a column.
 */
export async function deleteStage(ctx: AppContext, actor: Actor, projectId: string, stageId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await loadManagedProject(trx, actor, projectId);
    const stages = await listStages(trx, projectId);
    const stage = stages.find((s) => s.id === stageId);
    if (!stage) throw notFound('Stage');
    const rest = stages.filter((s) => s.id !== stageId);
    const first = rest[0];
    if (!first) throw conflict('last_stage', 'A project keeps at least one stage');
    const bounds = await trx
      .selectFrom('tasks')
      .select((eb) => [eb.fn.max('stagePosition').as('max')])
      .where('projectId', '=', projectId)
      .where('stageId', '=', first.id)
      .executeTakeFirst();
    const moved = await trx
      .selectFrom('tasks')
      .select((eb) => [eb.fn.min('stagePosition').as('min')])
      .where('projectId', '=', projectId)
      .where('stageId', '=', stageId)
      .executeTakeFirst();
    const offset = Number(bounds?.max ?? 0) + STAGE_GAP - Number(moved?.min ?? 0);
    await trx
      .updateTable('tasks')
      .set((eb) => ({ stageId: first.id, stagePosition: eb('stagePosition', '+', offset) }))
      .where('projectId', '=', projectId)
      .where('stageId', '=', stageId)
      .execute();
    await trx.deleteFrom('projectStages').where('id', '=', stageId).execute();
    await renumber(trx, rest, null);
    await appendEvent(trx, {
      type: 'project.stage_removed',
      entityType: 'project',
      entityId: projectId,
      actorId: actor.id,
      data: { stageId, name: stage.name, movedTo: first.id },
    });
  });
}

/** The gap between neighbouring tasks' positions in a stage. */
export const STAGE_GAP = 1024;

async function renumber(trx: Kysely<DB>, order: { id: string; position: number }[], skipId: string | null) {
  for (const [position, s] of order.entries()) {
    if (s.id === skipId || s.position === position) continue;
    await trx.updateTable('projectStages').set({ position }).where('id', '=', s.id).execute();
  }
}
