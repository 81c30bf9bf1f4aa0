import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { managedDepartmentIds } from '../org/managed-departments.js';
import { canSeeTask, type TaskFacts, type TaskViewer } from './tasks.policy.js';
import { taskFacts } from './tasks.present.js';
import { findTask, findTaskPeople, type TaskPersonRow, type TaskRow } from './tasks.repo.js';

/** The signed-in person as task rules see them; reads the org tree (cached per revision). */
export async function taskViewer(ctx: AppContext, actor: Actor): Promise<TaskViewer> {
  const tree = await ctx.orgTree.get(ctx.db, actor.orgRevision);
  return { id: actor.id, isAdmin: actor.isAdmin, managedDepartmentIds: managedDepartmentIds(tree, actor.id), tree };
}

/** A task loaded with everything its rules and its presentation need. */
export interface LoadedTask {
  row: TaskRow;
  people: TaskPersonRow[];
  facts: TaskFacts;
}

/**
 * The task if the viewer may see it, else 404 — the same answer as for a missing task, so
 * nothing about invisible tasks leaks. Two queries: the task with its project, and its people.
 */
export async function loadVisibleTask(
  db: Kysely<DB>,
  viewer: TaskViewer,
  taskId: string,
  what = 'Task',
): Promise<LoadedTask> {
  const row = await findTask(db, taskId, viewer.id);
  if (!row) throw notFound(what);
  const people = await findTaskPeople(db, [taskId]);
  const facts = taskFacts(row, people);
  if (!canSeeTask(viewer, facts)) throw notFound(what);
  return { row, people, facts };
}
