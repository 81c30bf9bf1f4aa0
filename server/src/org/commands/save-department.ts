import type { Department } from '@artel/common';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../db/values.js';
import { appendEvent, diffFields } from '../../events/event-log.js';
import { badField, conflict } from '../../http/errors.js';
import { DEPARTMENT_COLUMNS, findDepartment, findRootDepartmentId } from '../departments.repo.js';
import { bumpOrgRevision } from '../org-tree-cache.js';
import { isSameOrDescendant } from '../org-tree.js';
import { assertActiveUser, assertDepartmentExists, assertOfficeExists } from '../references.js';
import { missingOrStale } from '../versioned-update.js';

export interface DepartmentInput {
  name?: string | undefined;
  parentId?: string | null | undefined;
  headId?: string | null | undefined;
  deputyId?: string | null | undefined;
  officeId?: string | null | undefined;
}

async function assertReferences(trx: Kysely<DB>, input: DepartmentInput): Promise<void> {
  await assertDepartmentExists(trx, 'parentId', input.parentId);
  await assertActiveUser(trx, 'headId', input.headId);
  await assertActiveUser(trx, 'deputyId', input.deputyId);
  await assertOfficeExists(trx, 'officeId', input.officeId);
  if (input.headId && input.headId === input.deputyId) {
    throw badField('deputyId', 'the deputy must be someone other than the head');
  }
}

/**
 * Creates a department. The company has one top department (like a company's own name at the top
 * of its chart): the first one created becomes it, and later ones without a parent go under it.
 */
export async function createDepartment(
  ctx: AppContext,
  actor: Actor,
  input: DepartmentInput & { name: string },
): Promise<Department> {
  return ctx.db.transaction().execute(async (trx) => {
    await assertReferences(trx, input);
    const parentId = input.parentId ?? (await findRootDepartmentId(trx));
    const department: Department = {
      id: newId(),
      name: input.name,
      parentId,
      headId: input.headId ?? null,
      deputyId: input.deputyId ?? null,
      officeId: input.officeId ?? null,
      version: 1,
    };
    await trx
      .insertInto('departments')
      .values({ ...department, createdAt: nowIso(), updatedAt: nowIso() })
      .execute();
    await bumpOrgRevision(trx);
    const { id, version, ...data } = department;
    void version;
    await appendEvent(trx, {
      type: 'department.created',
      entityType: 'department',
      entityId: id,
      actorId: actor.id,
      data,
    });
    return department;
  });
}

/** Changes a department: renames, re-parents (never under itself), changes head, deputy or office. */
export async function updateDepartment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: DepartmentInput & { version: number },
): Promise<Department> {
  const { version, ...patch } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findDepartment(trx, id);
    if (!before || before.version !== version) missingOrStale(Boolean(before), 'Department');
    await assertReferences(trx, patch);
    const nextHead = patch.headId === undefined ? before.headId : patch.headId;
    const nextDeputy = patch.deputyId === undefined ? before.deputyId : patch.deputyId;
    if (nextHead && nextHead === nextDeputy) {
      throw badField('deputyId', 'the deputy must be someone other than the head');
    }
    if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
      await assertMayMove(ctx, trx, before, patch.parentId);
    }
    const changes = diffFields(before, patch);
    const updated = await trx
      .updateTable('departments')
      .set({ ...patch, version: version + 1, updatedAt: nowIso() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning(DEPARTMENT_COLUMNS)
      .executeTakeFirst();
    if (!updated) missingOrStale(true, 'Department');
    await bumpOrgRevision(trx);
    await appendEvent(trx, {
      type: 'department.updated',
      entityType: 'department',
      entityId: id,
      actorId: actor.id,
      data: { changes },
    });
    return updated;
  });
}

async function assertMayMove(ctx: AppContext, trx: Kysely<DB>, department: Department, parentId: string | null) {
  if (parentId === null) {
    const rootId = await findRootDepartmentId(trx);
    if (rootId !== department.id) throw badField('parentId', 'the company has one top department; choose a parent');
    return;
  }
  if (department.parentId === null) {
    throw conflict('department_cycle', 'The top department cannot be moved under another department', [
      { field: 'parentId', message: 'the top department stays at the top' },
    ]);
  }
  const tree = await ctx.orgTree.get(trx);
  if (isSameOrDescendant(tree, department.id, parentId)) {
    throw conflict('department_cycle', 'A department cannot be moved under itself or its own sub-department', [
      { field: 'parentId', message: 'would make a cycle' },
    ]);
  }
}

/** Deletes an empty department (no sub-departments, no employees). */
export async function deleteDepartment(ctx: AppContext, actor: Actor, id: string): Promise<boolean> {
  return ctx.db.transaction().execute(async (trx) => {
    const department = await findDepartment(trx, id);
    if (!department) return false;
    const child = await trx
      .selectFrom('departments')
      .select('id')
      .where('parentId', '=', id)
      .limit(1)
      .executeTakeFirst();
    const member = await trx
      .selectFrom('users')
      .select('id')
      .where('departmentId', '=', id)
      .limit(1)
      .executeTakeFirst();
    if (child || member) {
      throw conflict('department_not_empty', 'Move its sub-departments and employees elsewhere first');
    }
    await trx.deleteFrom('departments').where('id', '=', id).execute();
    await bumpOrgRevision(trx);
    await appendEvent(trx, {
      type: 'department.deleted',
      entityType: 'department',
      entityId: id,
      actorId: actor.id,
      data: { name: department.name },
    });
    return true;
  });
}
