import { newId } from '../server-api.js';
import { eventRow, insertRows, type GeneratorContext } from './context.js';
import type { GeneratedOffice } from './offices.js';
import { DIVISIONS, TEAM_KINDS, TEAM_SUFFIXES } from './vocabulary.js';

export interface GeneratedDepartment {
  id: string;
  name: string;
  parentId: string | null;
  /** 0 the company, 1 a division, 2 a department, 3 a team. */
  depth: number;
  officeId: string;
  /** Which positions its people hold (a key of `POSITIONS`). */
  staff: string;
  headId: string | null;
  deputyId: string | null;
}

/**
 * A department tree of `count` units: the company at the root, up to twelve divisions, their
 * departments (about a quarter of the rest) and teams below those. Written without heads, since
 * heads are users who need their department first; `assignHeads` sets them afterwards.
 */
export async function generateDepartments(
  ctx: GeneratorContext,
  count: number,
  offices: readonly GeneratedOffice[],
): Promise<GeneratedDepartment[]> {
  const { random } = ctx;
  const headOffice = offices[0]!;
  const all: GeneratedDepartment[] = [];
  const add = (d: Omit<GeneratedDepartment, 'id' | 'headId' | 'deputyId'>) => {
    const dept = { ...d, id: newId(), headId: null, deputyId: null };
    all.push(dept);
    return dept;
  };
  const root = add({ name: 'ООО «Артель»', parentId: null, depth: 0, officeId: headOffice.id, staff: '*' });
  const rest = Math.max(0, count - 1);
  const divisionCount = Math.min(DIVISIONS.length, rest);
  const departmentCount = Math.round((rest - divisionCount) * 0.25);
  const teamCount = rest - divisionCount - departmentCount;

  const divisions = DIVISIONS.slice(0, divisionCount).map((d) =>
    Object.assign(add({ name: d.name, parentId: root.id, depth: 1, officeId: headOffice.id, staff: d.staff }), {
      areas: d.areas as readonly string[],
    }),
  );
  const departments: (GeneratedDepartment & { area: string })[] = [];
  for (let i = 0; i < departmentCount; i++) {
    // Round-robin first so every division gets departments, then at random.
    const division = i < divisions.length ? divisions[i]! : random.pick(divisions);
    const area = division.areas[departments.filter((d) => d.parentId === division.id).length % division.areas.length]!;
    const sameArea = departments.filter((d) => d.parentId === division.id && d.area === area).length;
    const officeId = random.chance(0.6) ? headOffice.id : random.pick(offices).id;
    departments.push(
      Object.assign(
        add({
          name: `Отдел ${area}${sameArea ? ` № ${sameArea + 1}` : ''}`,
          parentId: division.id,
          depth: 2,
          officeId,
          staff: division.staff,
        }),
        { area },
      ),
    );
  }
  for (let i = 0; i < teamCount && departments.length; i++) {
    const parent = i < departments.length ? departments[i]! : random.pick(departments);
    const officeId = random.chance(0.8) ? parent.officeId : random.pick(offices).id;
    add({
      name: `${random.pick(TEAM_KINDS)} ${parent.area} (${random.pick(TEAM_SUFFIXES)})`,
      parentId: parent.id,
      depth: 3,
      officeId,
      staff: parent.staff,
    });
  }
  await insertRows(
    ctx,
    'departments',
    all.map((d) => ({
      id: d.id,
      name: d.name,
      parentId: d.parentId,
      headId: null,
      deputyId: null,
      officeId: d.officeId,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })),
  );
  return all;
}

/** Writes each department's head and deputy (chosen by the users module), in one transaction. */
export async function assignHeads(ctx: GeneratorContext, departments: readonly GeneratedDepartment[]) {
  await ctx.db.transaction().execute(async (trx) => {
    for (const d of departments) {
      if (!d.headId && !d.deputyId) continue;
      await trx
        .updateTable('departments')
        .set({ headId: d.headId, deputyId: d.deputyId })
        .where('id', '=', d.id)
        .execute();
    }
    // Like every structural change: caches of the tree reload.
    await trx
      .updateTable('orgState')
      .set((eb) => ({ revision: eb('revision', '+', 1) }))
      .where('id', '=', 1)
      .execute();
  });
}

export function departmentEvents(ctx: GeneratorContext, departments: readonly GeneratedDepartment[]) {
  return departments.map((d) =>
    eventRow(ctx, 'department.created', 'department', d.id, {
      name: d.name,
      parentId: d.parentId,
      headId: d.headId,
      deputyId: d.deputyId,
      officeId: d.officeId,
    }),
  );
}
