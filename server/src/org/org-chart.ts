import type { Kysely } from 'kysely';
import type { OrgChartNode, UserSummary } from '@artel/common';
import type { DB } from '../db/schema.js';
import { presentUserSummary } from './users.present.js';

/**
 * The company structure as one nested tree from the top department, with heads, deputies,
 * offices and the active employees of each department. Three queries whatever the size.
 */
export async function buildOrgChart(db: Kysely<DB>, withEmployees: boolean): Promise<OrgChartNode | null> {
  const departments = await db
    .selectFrom('departments')
    .select(['id', 'name', 'parentId', 'headId', 'deputyId', 'officeId', 'createdAt'])
    .orderBy('name')
    .execute();
  if (departments.length === 0) return null;
  const offices = new Map(
    (await db.selectFrom('offices').select(['id', 'name', 'city']).execute()).map((o) => [o.id, o]),
  );
  const users = await db
    .selectFrom('users')
    .select(['id', 'name', 'position', 'photoFile', 'version', 'departmentId', 'isActive'])
    .orderBy('sortName')
    .execute();
  const people = new Map<string, UserSummary>();
  const members = new Map<string, UserSummary[]>();
  for (const u of users) {
    const summary = presentUserSummary(u);
    people.set(u.id, summary);
    if (!u.isActive || !u.departmentId) continue;
    const list = members.get(u.departmentId) ?? [];
    list.push(summary);
    members.set(u.departmentId, list);
  }
  const nodes = new Map<string, OrgChartNode>();
  for (const d of departments) {
    const office = d.officeId ? offices.get(d.officeId) : undefined;
    const employees = members.get(d.id) ?? [];
    nodes.set(d.id, {
      id: d.id,
      name: d.name,
      head: d.headId ? (people.get(d.headId) ?? null) : null,
      deputy: d.deputyId ? (people.get(d.deputyId) ?? null) : null,
      office: office ?? null,
      employeeCount: employees.length,
      employees: withEmployees ? employees : [],
      children: [],
    });
  }
  const roots = departments.filter((d) => !d.parentId || !nodes.has(d.parentId));
  roots.sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  for (const d of departments) {
    const node = nodes.get(d.id)!;
    const parent = d.parentId ? nodes.get(d.parentId) : undefined;
    if (parent) parent.children.push(node);
  }
  return roots[0] ? nodes.get(roots[0].id)! : null;
}
