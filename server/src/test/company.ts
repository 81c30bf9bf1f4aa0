import type { Client, TestPortal } from './harness.js';

/** The people of the small test company, by nickname. */
export const PEOPLE = ['admin', 'boss', 'salesHead', 'seller', 'designHead', 'designer', 'junior', 'outsider'] as const;
/** A nickname of the test company. */
export type Person = (typeof PEOPLE)[number];

/** A small company for task and project suites: a client and an id per person. */
export interface Company {
  as: Record<Person, Client>;
  id: Record<Person, string>;
  departments: { top: string; sales: string; design: string; studio: string; other: string };
}

/**
 * Company (head: boss) ├ Sales (salesHead: seller) ├ Design (designHead: designer)
 * │                                                  └ Studio (no head: junior)
 * └ Other (no head: outsider). The admin sits nowhere. Everyone's locale is English except the
 * boss (Russian), so default stage names can be told apart.
 */
export async function createCompany(portal: TestPortal): Promise<Company> {
  await portal.createUser({ email: 'admin@example.com', name: 'Admin', isAdmin: true, locale: 'en' });
  const admin = await portal.signIn('admin@example.com');
  const dept = async (name: string, parentId?: string) =>
    (await admin.request('POST', '/api/v1/departments', { name, ...(parentId ? { parentId } : {}) })).json()
      .id as string;
  const top = await dept('Company');
  const sales = await dept('Sales', top);
  const design = await dept('Design', top);
  const studio = await dept('Studio', design);
  const other = await dept('Other', top);
  const placement: Record<Exclude<Person, 'admin'>, string> = {
    boss: top,
    salesHead: sales,
    seller: sales,
    designHead: design,
    designer: design,
    junior: studio,
    outsider: other,
  };
  const id = {} as Record<Person, string>;
  const as = { admin } as Record<Person, Client>;
  id.admin = (await admin.request('GET', '/api/v1/me')).json().id;
  for (const [person, departmentId] of Object.entries(placement)) {
    const user = await portal.createUser({
      email: `${person.toLowerCase()}@example.com`,
      name: person,
      departmentId,
      locale: person === 'boss' ? 'ru' : 'en',
    });
    id[person as Person] = user.id;
  }
  const head = async (departmentId: string, headId: string) => {
    const current = (await admin.request('GET', '/api/v1/departments'))
      .json()
      .items.find((d: { id: string }) => d.id === departmentId);
    const res = await admin.request('PATCH', `/api/v1/departments/${departmentId}`, {
      headId,
      version: current.version,
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  };
  await head(top, id.boss);
  await head(sales, id.salesHead);
  await head(design, id.designHead);
  for (const person of PEOPLE) {
    if (person !== 'admin') as[person] = await portal.signIn(`${person.toLowerCase()}@example.com`);
  }
  return { as, id, departments: { top, sales, design, studio, other } };
}
