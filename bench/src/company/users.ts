import { newId, transliterate, userSearchColumns } from '../server-api.js';
import { eventRow, insertRows, type GeneratorContext } from './context.js';
import type { GeneratedDepartment } from './departments.js';
import {
  DEPUTY_POSITIONS,
  FEMALE_FIRST_NAMES,
  HEAD_POSITIONS,
  MALE_FIRST_NAMES,
  PHONE_CODES,
  POSITIONS,
  SKILLS,
  SURNAMES,
  feminine,
} from './vocabulary.js';

/** The account every benchmark signs in with. */
export const BENCH_ADMIN = {
  email: 'bench-admin@artel.test',
  password: 'bench-password',
  name: 'Бенчмарк Администратор',
} as const;

/** Every generated employee's password (they share one hash). */
export const EMPLOYEE_PASSWORD = BENCH_ADMIN.password;

export interface GeneratedUser {
  id: string;
  name: string;
  email: string;
  departmentId: string;
  isAdmin: boolean;
  isActive: boolean;
}

/** Share of the extra staff a unit of each depth attracts: teams are where most people sit. */
const DEPTH_WEIGHT = [0.3, 0.5, 2, 4];
const INACTIVE_SHARE = 0.03;

/**
 * `count` employees, the bench admin first. Every department gets a head (they sit in it), the
 * larger ones a deputy; everyone else is spread over the tree, most of them in the teams. Sets
 * `headId`/`deputyId` on the given departments for `assignHeads` to write.
 */
export async function generateUsers(
  ctx: GeneratorContext,
  count: number,
  departments: GeneratedDepartment[],
): Promise<GeneratedUser[]> {
  const { random } = ctx;
  const emails = new Set<string>();
  const users: GeneratedUser[] = [];
  const rows: Record<string, unknown>[] = [];
  const root = departments[0]!;

  const uniqueEmail = (first: string, surname: string) => {
    const base = `${transliterate(first).charAt(0)}.${transliterate(surname).replace(/[^a-z-]/g, '')}`;
    let email = `${base}@artel.test`;
    for (let n = 2; emails.has(email); n++) email = `${base}${n}@artel.test`;
    emails.add(email);
    return email;
  };

  const addUser = (
    dept: GeneratedDepartment,
    position: string,
    extra: { name?: string; email?: string; isAdmin?: boolean; crmAccess?: string; active?: boolean } = {},
  ) => {
    let name = extra.name;
    let email = extra.email;
    if (!name || !email) {
      const female = random.chance(0.5);
      const first = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
      const surnameBase = random.pick(SURNAMES);
      const surname = female ? feminine(surnameBase) : surnameBase;
      name = `${first} ${surname}`;
      email = uniqueEmail(first, surname);
    } else {
      emails.add(email);
    }
    const id = newId();
    const isAdmin = extra.isAdmin ?? false;
    const code = random.pick(PHONE_CODES);
    const two = () => String(random.int(0, 99)).padStart(2, '0');
    const phones = [{ value: `+7 (${code}) ${random.int(200, 999)}-${two()}-${two()}`, type: 'work' }];
    if (random.chance(0.7)) {
      phones.push({ value: `+7 (9${two()}) ${random.int(100, 999)}-${two()}-${two()}`, type: 'mobile' });
    }
    const hireDate = random.date(2008, 2026);
    rows.push({
      id,
      email,
      name,
      ...userSearchColumns({ name, email, position }),
      passwordHash: ctx.passwordHash,
      position,
      departmentId: dept.id,
      officeId: dept.officeId,
      phones: JSON.stringify(phones),
      birthday: random.chance(0.9) ? random.date(1965, 2004) : null,
      hireDate,
      skills: JSON.stringify(random.sample(SKILLS, random.int(0, 4))),
      photoFile: null,
      isAdmin,
      crmAccess: extra.crmAccess ?? 'own',
      isActive: extra.active ?? true,
      locale: random.chance(0.95) ? 'ru' : 'en',
      version: 1,
      createdAt: `${hireDate}T09:00:00.000Z`,
      updatedAt: ctx.now,
    });
    const user = { id, name, email, departmentId: dept.id, isAdmin, isActive: extra.active ?? true };
    users.push(user);
    return user;
  };

  const admin = addUser(root, 'Администратор портала', {
    name: BENCH_ADMIN.name,
    email: BENCH_ADMIN.email,
    isAdmin: true,
    crmAccess: 'all',
  });
  ctx.actorId = admin.id;

  // Heads first: one per department while people last.
  for (const dept of departments) {
    if (users.length >= count) break;
    const head = addUser(dept, HEAD_POSITIONS[dept.depth] ?? HEAD_POSITIONS[3], {
      crmAccess: dept.depth <= 1 ? 'all' : 'department',
    });
    dept.headId = head.id;
  }

  // Everyone else, in proportion to the units' weights (a random share each).
  const weights = departments.map((d) => (DEPTH_WEIGHT[d.depth] ?? 1) * (0.5 + random.next()));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const remaining = Math.max(0, count - users.length);
  const staffing = weights.map((w) => Math.floor((w / totalWeight) * remaining));
  for (let left = remaining - staffing.reduce((a, b) => a + b, 0); left > 0; left--) {
    const i = random.int(0, departments.length - 1);
    staffing[i] = (staffing[i] ?? 0) + 1;
  }
  for (const [i, dept] of departments.entries()) {
    const staff = staffing[i] ?? 0;
    const positions = [...(POSITIONS[dept.staff] ?? []), ...(POSITIONS['*'] ?? [])];
    for (let k = 0; k < staff; k++) {
      const deputy = k === 0 && staff >= 4 && dept.headId !== null;
      const user = addUser(
        dept,
        deputy ? (DEPUTY_POSITIONS[dept.depth] ?? DEPUTY_POSITIONS[3]) : random.pick(positions),
        {
          active: deputy || !random.chance(INACTIVE_SHARE),
          crmAccess: deputy ? 'department' : 'own',
        },
      );
      if (deputy) dept.deputyId = user.id;
    }
  }

  await insertRows(ctx, 'users', rows);
  return users;
}

export function userEvents(ctx: GeneratorContext, users: readonly GeneratedUser[]) {
  return users.map((u) =>
    eventRow(ctx, 'user.created', 'user', u.id, {
      name: u.name,
      email: u.email,
      departmentId: u.departmentId,
      isAdmin: u.isAdmin,
    }),
  );
}
