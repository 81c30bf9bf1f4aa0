import type { CrmAccess } from '@artel/common';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import type { DB } from '../db/schema.js';
import { nowIso } from '../db/values.js';
import { appendEvent } from '../events/event-log.js';
import { bumpOrgRevision } from '../org/org-tree-cache.js';
import { userSearchColumns } from '../org/users.repo.js';
import { DEMO_DEPARTMENTS, DEMO_OFFICES, DEMO_PEOPLE, type DemoPerson } from './demo-data.js';
import { demoEmail } from './translit.js';
import { loadDemoWork, type DemoAccount } from './work/load-work.js';
import { DEMO_PROJECTS, DEMO_TASKS } from './work/stories.js';

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = 'artel-demo';

/** Small deterministic generator, so every demo company is the same. */
function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/**
 * Loads the demo company into an empty database: first, in one transaction, offices, the department
 * tree with heads and deputies, and about sixty employees with profiles; then the last weeks of its
 * work — projects and tasks replayed through the ordinary commands (`work/`). Events are written
 * as for any other change, so history and the feed show the company at work.
 */
export async function loadDemoCompany(ctx: AppContext, now = new Date()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD, ctx.config.passwordHashing);
  const random = seededRandom(2026);
  const officeIds = new Map(DEMO_OFFICES.map((o) => [o.key, newId()]));
  const departmentIds = new Map(DEMO_DEPARTMENTS.map((d) => [d.key, newId()]));
  const people = DEMO_PEOPLE.map((p) => ({ ...p, id: newId(), email: p.email ?? demoEmail(p.name) }));
  const adminId = people.find((p) => p.admin)!.id;
  const officeOf = (departmentKey: string) => DEMO_DEPARTMENTS.find((d) => d.key === departmentKey)!.office;

  await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    for (const office of DEMO_OFFICES) {
      const id = officeIds.get(office.key)!;
      await trx
        .insertInto('offices')
        .values({
          id,
          name: office.name,
          city: office.city,
          timezone: office.timezone,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await appendEvent(trx, {
        type: 'office.created',
        entityType: 'office',
        entityId: id,
        actorId: adminId,
        data: { name: office.name, city: office.city, timezone: office.timezone },
      });
    }
    for (const dept of DEMO_DEPARTMENTS) {
      const id = departmentIds.get(dept.key)!;
      const headId = people.find((p) => p.department === dept.key && p.head)?.id ?? null;
      const deputyId = people.find((p) => p.department === dept.key && p.deputy)?.id ?? null;
      const parentId = dept.parent ? departmentIds.get(dept.parent)! : null;
      const officeId = officeIds.get(dept.office)!;
      await trx
        .insertInto('departments')
        .values({
          id,
          name: dept.name,
          parentId,
          headId: null,
          deputyId: null,
          officeId,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await appendEvent(trx, {
        type: 'department.created',
        entityType: 'department',
        entityId: id,
        actorId: adminId,
        data: { name: dept.name, parentId, headId, deputyId, officeId },
      });
    }
    for (const [index, person] of people.entries()) {
      await insertPerson(trx, person, {
        passwordHash,
        departmentId: departmentIds.get(person.department)!,
        officeId: officeIds.get(officeOf(person.department))!,
        adminId,
        random,
        index,
      });
    }
    for (const dept of DEMO_DEPARTMENTS) {
      const headId = people.find((p) => p.department === dept.key && p.head)?.id ?? null;
      const deputyId = people.find((p) => p.department === dept.key && p.deputy)?.id ?? null;
      await trx
        .updateTable('departments')
        .set({ headId, deputyId })
        .where('id', '=', departmentIds.get(dept.key)!)
        .execute();
    }
    await bumpOrgRevision(trx);
  });

  const accounts = new Map<string, DemoAccount>(
    people.map((p) => [
      p.name,
      {
        id: p.id,
        isAdmin: p.admin ?? false,
        departmentId: departmentIds.get(p.department)!,
        crmAccess: crmAccessOf(p),
      },
    ]),
  );
  const work = await loadDemoWork(ctx, accounts, DEMO_PROJECTS, DEMO_TASKS, now);

  const pick = (email: string, role: string) => ({ role, email });
  return {
    employees: people.length,
    ...work,
    logins: [
      pick('admin@artel.demo', 'admin'),
      pick('ceo@artel.demo', 'director'),
      pick('marketing@artel.demo', 'marketing'),
      pick('sales@artel.demo', 'sales'),
      pick('designer@artel.demo', 'designer'),
    ],
  };
}

function crmAccessOf(person: DemoPerson): CrmAccess {
  return person.admin || person.department === 'company' ? 'all' : person.head ? 'department' : 'own';
}

async function insertPerson(
  trx: Kysely<DB>,
  person: DemoPerson & { id: string; email: string },
  ctx: {
    passwordHash: string;
    departmentId: string;
    officeId: string;
    adminId: string;
    random: () => number;
    index: number;
  },
): Promise<void> {
  const { random } = ctx;
  const birthday = `${1970 + Math.floor(random() * 32)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  const hireDate = `${2012 + Math.floor(random() * 14)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  const phones = [
    { value: `+7 (495) 555-${pad(10 + ctx.index)}-${pad(Math.floor(random() * 100))}`, type: 'work' },
    {
      value: `+7 (9${pad(Math.floor(random() * 100))}) ${100 + Math.floor(random() * 900)}-${pad(Math.floor(random() * 100))}-${pad(Math.floor(random() * 100))}`,
      type: 'mobile',
    },
  ];
  const now = nowIso();
  await trx
    .insertInto('users')
    .values({
      id: person.id,
      email: person.email,
      name: person.name,
      ...userSearchColumns({ name: person.name, email: person.email, position: person.position }),
      passwordHash: ctx.passwordHash,
      position: person.position,
      departmentId: ctx.departmentId,
      officeId: ctx.officeId,
      phones: JSON.stringify(phones),
      birthday,
      hireDate,
      skills: JSON.stringify(person.skills ?? []),
      photoFile: null,
      isAdmin: person.admin ?? false,
      crmAccess: crmAccessOf(person),
      isActive: true,
      locale: 'ru',
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await appendEvent(trx, {
    type: 'user.created',
    entityType: 'user',
    entityId: person.id,
    actorId: ctx.adminId,
    data: { name: person.name, email: person.email, departmentId: ctx.departmentId, isAdmin: person.admin ?? false },
  });
}
