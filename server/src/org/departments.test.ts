import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, countRows, DIALECTS, startTestPortal, type Client, type TestPortal } from '../test/harness.js';

describe.each(DIALECTS)('offices and departments on %s', (dialect) => {
  let portal: TestPortal;
  let admin: Client;
  let employee: Client;
  let headId: string;
  let deputyId: string;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    await portal.createUser({ email: 'admin@example.com', isAdmin: true });
    headId = (await portal.createUser({ email: 'head@example.com', name: 'Head' })).id;
    deputyId = (await portal.createUser({ email: 'deputy@example.com', name: 'Deputy' })).id;
    await portal.createUser({ email: 'emp@example.com', name: 'Employee' });
    admin = await portal.signIn('admin@example.com');
    employee = await portal.signIn('emp@example.com');
  });
  afterAll(() => portal.close());

  it('admin creates an office; the default time zone is Moscow; everyone reads offices', async () => {
    const res = await admin.request('POST', '/api/v1/offices', { name: 'HQ', city: 'Москва' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'HQ', city: 'Москва', timezone: 'Europe/Moscow', version: 1 });
    expect(typeof res.json().id).toBe('string');
    const list = await employee.request('GET', '/api/v1/offices');
    expect(list.json().items.map((o: { name: string }) => o.name)).toContain('HQ');
  });

  it('office: 400 names a bad time zone; 403 for an employee; 401 anonymous; nothing written', async () => {
    const before = await countRows(portal, 'offices');
    const bad = await admin.request('POST', '/api/v1/offices', { name: 'X', city: 'Y', timezone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'timezone' })]);
    expect((await employee.request('POST', '/api/v1/offices', { name: 'X', city: 'Y' })).statusCode).toBe(403);
    expect((await anonymous(portal).request('POST', '/api/v1/offices', { name: 'X', city: 'Y' })).statusCode).toBe(401);
    expect(await countRows(portal, 'offices')).toBe(before);
  });

  it('office: PATCH with the current version updates; a stale version is 409; unknown id is 404', async () => {
    const office = (
      await admin.request('POST', '/api/v1/offices', {
        name: 'Novosib',
        city: 'Новосибирск',
        timezone: 'Asia/Novosibirsk',
      })
    ).json();
    const ok = await admin.request('PATCH', `/api/v1/offices/${office.id}`, { name: 'Академгородок', version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Академгородок', version: 2, timezone: 'Asia/Novosibirsk' });
    const stale = await admin.request('PATCH', `/api/v1/offices/${office.id}`, { name: 'Lost update', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect((await admin.request('GET', `/api/v1/offices/${office.id}`)).json().name).toBe('Академгородок');
    expect((await admin.request('PATCH', '/api/v1/offices/nope', { name: 'x', version: 1 })).statusCode).toBe(404);
  });

  it('the first department is the top; later ones without a parent go under it', async () => {
    const top = await admin.request('POST', '/api/v1/departments', { name: 'Company', headId });
    expect(top.statusCode).toBe(201);
    expect(top.json()).toMatchObject({
      name: 'Company',
      parentId: null,
      headId,
      deputyId: null,
      officeId: null,
      version: 1,
    });
    const sales = await admin.request('POST', '/api/v1/departments', { name: 'Sales' });
    expect(sales.json().parentId).toBe(top.json().id);
    const list = await employee.request('GET', '/api/v1/departments');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: sales.json().id,
          name: 'Sales',
          parentId: top.json().id,
          headId: null,
          officeId: null,
          version: 1,
        }),
      ]),
    );
  });

  it('department: 400 names a missing parent, head or office; deputy must differ from head', async () => {
    const before = await countRows(portal, 'departments');
    const eventsBefore = await countRows(portal, 'events');
    for (const [field, body] of [
      ['parentId', { name: 'X', parentId: 'missing' }],
      ['headId', { name: 'X', headId: 'missing' }],
      ['officeId', { name: 'X', officeId: 'missing' }],
      ['deputyId', { name: 'X', headId, deputyId: headId }],
      ['name', { name: '' }],
    ] as const) {
      const res = await admin.request('POST', '/api/v1/departments', body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.details[0].field).toBe(field);
    }
    expect((await employee.request('POST', '/api/v1/departments', { name: 'X' })).statusCode).toBe(403);
    expect(await countRows(portal, 'departments')).toBe(before);
    expect(await countRows(portal, 'events')).toBe(eventsBefore);
  });

  it('moving a department under its own descendant is 409 department_cycle and changes nothing', async () => {
    const a = (await admin.request('POST', '/api/v1/departments', { name: 'A' })).json();
    const b = (await admin.request('POST', '/api/v1/departments', { name: 'B', parentId: a.id })).json();
    const res = await admin.request('PATCH', `/api/v1/departments/${a.id}`, { parentId: b.id, version: a.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('department_cycle');
    const self = await admin.request('PATCH', `/api/v1/departments/${a.id}`, { parentId: a.id, version: a.version });
    expect(self.statusCode).toBe(409);
    expect((await admin.request('GET', `/api/v1/departments/${a.id}`)).json()).toMatchObject({
      version: 1,
      parentId: a.parentId,
    });
  });

  it('department: PATCH moves and renames with version; stale is 409; 404 for unknown', async () => {
    const a = (await admin.request('POST', '/api/v1/departments', { name: 'Moving' })).json();
    const target = (await admin.request('POST', '/api/v1/departments', { name: 'Target' })).json();
    const moved = await admin.request('PATCH', `/api/v1/departments/${a.id}`, {
      parentId: target.id,
      name: 'Moved',
      deputyId,
      version: 1,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: target.id, name: 'Moved', deputyId, version: 2 });
    expect(
      (await admin.request('PATCH', `/api/v1/departments/${a.id}`, { name: 'Stale', version: 1 })).statusCode,
    ).toBe(409);
    expect((await admin.request('PATCH', '/api/v1/departments/unknown', { name: 'x', version: 1 })).statusCode).toBe(
      404,
    );
    expect((await employee.request('PATCH', `/api/v1/departments/${a.id}`, { name: 'x', version: 2 })).statusCode).toBe(
      403,
    );
  });

  it('records every write in the event log in the same transaction', async () => {
    const d = (await admin.request('POST', '/api/v1/departments', { name: 'Logged' })).json();
    await admin.request('PATCH', `/api/v1/departments/${d.id}`, { name: 'Logged 2', version: 1 });
    const events = await portal.database.db
      .selectFrom('events')
      .select(['type', 'data', 'actorId'])
      .where('entityId', '=', d.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['department.created', 'department.updated']);
    const data = typeof events[1]!.data === 'string' ? JSON.parse(events[1]!.data) : events[1]!.data;
    expect(data.changes).toEqual({ name: { old: 'Logged', new: 'Logged 2' } });
  });

  it('deleting: 409 while a department has sub-departments or people; 204 when empty', async () => {
    const parent = (await admin.request('POST', '/api/v1/departments', { name: 'Parent' })).json();
    const child = (await admin.request('POST', '/api/v1/departments', { name: 'Child', parentId: parent.id })).json();
    const res = await admin.request('DELETE', `/api/v1/departments/${parent.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('department_not_empty');
    expect((await admin.request('DELETE', `/api/v1/departments/${child.id}`)).statusCode).toBe(204);
    expect((await admin.request('DELETE', `/api/v1/departments/${parent.id}`)).statusCode).toBe(204);
    expect((await admin.request('GET', `/api/v1/departments/${parent.id}`)).statusCode).toBe(404);
  });

  it('an office in use cannot be deleted (409); an unused one can', async () => {
    const office = (await admin.request('POST', '/api/v1/offices', { name: 'Used', city: 'Тула' })).json();
    await admin.request('POST', '/api/v1/departments', { name: 'In Tula', officeId: office.id });
    expect((await admin.request('DELETE', `/api/v1/offices/${office.id}`)).json().error.code).toBe('office_in_use');
    const spare = (await admin.request('POST', '/api/v1/offices', { name: 'Spare', city: 'Омск' })).json();
    expect((await admin.request('DELETE', `/api/v1/offices/${spare.id}`)).statusCode).toBe(204);
  });

  it('the org chart is one nested tree with heads, offices and employees', async () => {
    const res = await employee.request('GET', '/api/v1/org-chart');
    expect(res.statusCode).toBe(200);
    const root = res.json();
    expect(root).toMatchObject({ name: 'Company', head: { id: headId, name: 'Head' } });
    expect(root.children.map((c: { name: string }) => c.name)).toContain('Sales');
    const tula = root.children.find((c: { name: string }) => c.name === 'In Tula');
    expect(tula.office).toMatchObject({ name: 'Used', city: 'Тула' });
  });
});

describe.each(DIALECTS)('org chart of an empty company on %s', (dialect) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    await portal.createUser({ email: 'a@example.com' });
  });
  afterAll(() => portal.close());

  it('is 404 until the first department exists', async () => {
    const client = await portal.signIn('a@example.com');
    const res = await client.request('GET', '/api/v1/org-chart');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
