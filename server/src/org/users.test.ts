import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  countRows,
  DIALECTS,
  ORIGIN,
  startTestPortal,
  TEST_PASSWORD,
  type Client,
  type TestPortal,
} from '../test/harness.js';

describe.each(DIALECTS)('people directory and profiles on %s', (dialect) => {
  let portal: TestPortal;
  let admin: Client;
  let anna: Client;
  let annaId: string;
  let salesId: string;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    await portal.createUser({ email: 'admin@example.com', name: 'Админ Портала', isAdmin: true });
    admin = await portal.signIn('admin@example.com');
    const top = (await admin.request('POST', '/api/v1/departments', { name: 'Company' })).json();
    salesId = (await admin.request('POST', '/api/v1/departments', { name: 'Sales', parentId: top.id })).json().id;
    annaId = (
      await portal.createUser({
        email: 'anna@example.com',
        name: 'Анна Ёлкина',
        position: 'Менеджер',
        departmentId: salesId,
      })
    ).id;
    for (const [email, name] of [
      ['petrov@example.com', 'Игорь Петров'],
      ['petrova@example.com', 'Мария Петрова'],
      ['smith@example.com', 'John Smith'],
    ]) {
      await portal.createUser({ email: email!, name: name!, departmentId: salesId });
    }
    anna = await portal.signIn('anna@example.com');
  });
  afterAll(() => portal.close());

  it('lists people by name with cursor pagination and no duplicates or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await anna.request('GET', url)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u: { name: string }) => u.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(
      ['Админ Портала', 'Анна Ёлкина', 'Игорь Петров', 'Мария Петрова', 'John Smith'].sort((a, b) =>
        a.toLowerCase() < b.toLowerCase() ? -1 : 1,
      ),
    );
    expect(new Set(seen).size).toBe(5);
  });

  it('searches case-insensitively in Cyrillic, treating ё as е, and filters by department', async () => {
    const petr = (await anna.request('GET', `/api/v1/users?q=${encodeURIComponent('ПЕТРОВ')}`)).json();
    expect(petr.items.map((u: { name: string }) => u.name).sort()).toEqual(['Игорь Петров', 'Мария Петрова']);
    const yo = (await anna.request('GET', `/api/v1/users?q=${encodeURIComponent('елкина')}`)).json();
    expect(yo.items.map((u: { name: string }) => u.name)).toEqual(['Анна Ёлкина']);
    const byEmail = (await anna.request('GET', '/api/v1/users?q=smith@')).json();
    expect(byEmail.items).toHaveLength(1);
    const wildcard = (await anna.request('GET', '/api/v1/users?q=%25')).json();
    expect(wildcard.items).toHaveLength(0);
    const inSales = (await anna.request('GET', `/api/v1/users?departmentId=${salesId}`)).json();
    expect(inSales.items).toHaveLength(4);
  });

  it('answers 400 naming the field for a bad limit or a forged cursor, 401 anonymous', async () => {
    const limit = await anna.request('GET', '/api/v1/users?limit=501');
    expect(limit.statusCode).toBe(400);
    expect(limit.json().error.details[0].field).toBe('limit');
    const cursor = await anna.request('GET', '/api/v1/users?cursor=garbage');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().error.details[0].field).toBe('cursor');
    expect((await anonymous(portal).request('GET', '/api/v1/users')).statusCode).toBe(401);
  });

  it('GET /users/:id shows the contract fields and never the password hash; 404 for unknown', async () => {
    const res = await anna.request('GET', `/api/v1/users/${annaId}`);
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json())).toEqual(
      expect.arrayContaining([
        'id',
        'email',
        'name',
        'position',
        'departmentId',
        'officeId',
        'managerId',
        'isAdmin',
        'crmAccess',
        'version',
      ]),
    );
    expect(res.body).not.toMatch(/argon2|passwordHash/);
    expect((await anna.request('GET', '/api/v1/users/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
  });

  it('admin creates a user (crmAccess defaults to own); 409 on a taken e-mail; 400 names fields; 403 for others', async () => {
    const res = await admin.request('POST', '/api/v1/users', {
      email: 'New@Example.com',
      name: 'Новый Сотрудник',
      password: 'long-password',
      departmentId: salesId,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'new@example.com',
      crmAccess: 'own',
      isAdmin: false,
      departmentId: salesId,
    });
    const before = await countRows(portal, 'users');
    const taken = await admin.request('POST', '/api/v1/users', {
      email: 'new@example.com',
      name: 'Dup',
      password: 'long-password',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('email_taken');
    const bad = await admin.request('POST', '/api/v1/users', {
      email: 'x@example.com',
      name: 'X',
      password: 'short',
      crmAccess: 'everything',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['crmAccess', 'password']);
    const dept = await admin.request('POST', '/api/v1/users', {
      email: 'y@example.com',
      name: 'Y',
      password: 'long-password',
      departmentId: 'nope',
    });
    expect(dept.statusCode).toBe(400);
    expect(dept.json().error.details[0].field).toBe('departmentId');
    expect(
      (await anna.request('POST', '/api/v1/users', { email: 'z@example.com', name: 'Z', password: 'long-password' }))
        .statusCode,
    ).toBe(403);
    expect(await countRows(portal, 'users')).toBe(before);
  });

  it('a user edits their own profile fields but not admin fields nor others; admins edit anything', async () => {
    const me = (await anna.request('GET', '/api/v1/me')).json();
    const own = await anna.request('PATCH', `/api/v1/users/${annaId}`, {
      position: 'Старший менеджер',
      phones: [{ value: '+7 900 000-00-00', type: 'mobile' }],
      skills: ['CRM'],
      locale: 'en',
      version: me.version,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      position: 'Старший менеджер',
      locale: 'en',
      skills: ['CRM'],
      version: me.version + 1,
    });
    const escalate = await anna.request('PATCH', `/api/v1/users/${annaId}`, { isAdmin: true, version: me.version + 1 });
    expect(escalate.statusCode).toBe(403);
    const other = (await anna.request('GET', '/api/v1/users?q=smith')).json().items[0];
    expect(
      (await anna.request('PATCH', `/api/v1/users/${other.id}`, { name: 'Hacked', version: other.version })).statusCode,
    ).toBe(403);
    const byAdmin = await admin.request('PATCH', `/api/v1/users/${annaId}`, {
      crmAccess: 'department',
      version: me.version + 1,
    });
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json().crmAccess).toBe('department');
    const stale = await admin.request('PATCH', `/api/v1/users/${annaId}`, { crmAccess: 'all', version: me.version });
    expect(stale.statusCode).toBe(409);
    expect((await anna.request('GET', `/api/v1/users/${annaId}`)).json().crmAccess).toBe('department');
  });

  it('a deactivated user cannot sign in and loses their sessions; their record stays', async () => {
    const user = await portal.createUser({ email: 'leaver@example.com', name: 'Уходящий' });
    const session = await portal.signIn('leaver@example.com');
    const res = await admin.request('PATCH', `/api/v1/users/${user.id}`, { isActive: false, version: user.version });
    expect(res.statusCode).toBe(200);
    expect(res.json().isActive).toBe(false);
    expect((await session.request('GET', '/api/v1/me')).statusCode).toBe(401);
    const login = await anonymous(portal).request('POST', '/api/v1/auth/login', {
      email: 'leaver@example.com',
      password: TEST_PASSWORD,
    });
    expect(login.statusCode).toBe(401);
    expect((await admin.request('GET', `/api/v1/users/${user.id}`)).statusCode).toBe(200);
    expect((await admin.request('GET', '/api/v1/users?q=leaver')).json().items).toHaveLength(0);
    expect((await admin.request('GET', '/api/v1/users?q=leaver&includeInactive=true')).json().items).toHaveLength(1);
  });

  it('an admin cannot remove their own admin rights or deactivate themselves', async () => {
    const me = (await admin.request('GET', '/api/v1/me')).json();
    const res = await admin.request('PATCH', `/api/v1/users/${me.id}`, { isAdmin: false, version: me.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('isAdmin');
  });

  it('refuses a body over the size limit with 413', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), version: 1 });
    const res = await anna.request('PATCH', `/api/v1/users/${annaId}`, huge);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('uploads a photo (checked by its bytes), serves it, and refuses non-images', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4470000000049454e44ae426082',
      'hex',
    );
    const upload = (bytes: Buffer, client: Client, id = annaId) => {
      const boundary = '----artel';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="me.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return portal.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${id}/photo`,
        payload,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          cookie: `artel_session=${client.cookie}`,
          origin: ORIGIN,
        },
      });
    };
    const ok = await upload(png, anna);
    expect(ok.statusCode).toBe(200);
    const photoUrl = ok.json().photoUrl as string;
    expect(photoUrl).toMatch(new RegExp(`/api/v1/users/${annaId}/photo`));
    const photo = await anna.request('GET', photoUrl);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    const text = await upload(Buffer.from('<script>alert(1)</script>'), anna);
    expect(text.statusCode).toBe(400);
    expect(text.json().error.details[0].field).toBe('file');
    const other = (await anna.request('GET', '/api/v1/users?q=smith')).json().items[0];
    expect((await upload(png, anna, other.id)).statusCode).toBe(403);
    const big = await upload(Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024)]), anna);
    expect(big.statusCode).toBe(413);
  });
});

describe.each(DIALECTS)('managerId follows the structure on %s', (dialect) => {
  let portal: TestPortal;
  let admin: Client;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    await portal.createUser({ email: 'admin@example.com', isAdmin: true });
    admin = await portal.signIn('admin@example.com');
  });
  afterAll(() => portal.close());

  const get = async (id: string) => (await admin.request('GET', `/api/v1/users/${id}`)).json();
  const patchDept = async (id: string, patch: object) => {
    const current = (await admin.request('GET', `/api/v1/departments/${id}`)).json();
    const res = await admin.request('PATCH', `/api/v1/departments/${id}`, { ...patch, version: current.version });
    expect(res.statusCode).toBe(200);
  };

  it('through head changes, moves of people and moves of departments', async () => {
    const ceo = await portal.createUser({ email: 'ceo@example.com' });
    const company = (await admin.request('POST', '/api/v1/departments', { name: 'Company', headId: ceo.id })).json();
    await admin.request('PATCH', `/api/v1/users/${ceo.id}`, { departmentId: company.id, version: ceo.version });
    const dan = await portal.createUser({ email: 'dan@example.com', departmentId: company.id });
    const sales = (await admin.request('POST', '/api/v1/departments', { name: 'Sales', parentId: company.id })).json();
    const igor = await portal.createUser({ email: 'igor@example.com', departmentId: sales.id });

    // A department without a head: the manager is the head above.
    expect((await get(igor.id)).managerId).toBe(ceo.id);
    expect((await get(ceo.id)).managerId).toBeNull();

    // Dan becomes head of Sales: he manages Igor, and the CEO manages Dan.
    await patchDept(sales.id, { headId: dan.id });
    expect((await get(igor.id)).managerId).toBe(dan.id);
    expect((await get(dan.id)).managerId).toBe(ceo.id);

    // Dan moves into Sales himself: as its head, his manager is still the CEO.
    const danNow = await get(dan.id);
    await admin.request('PATCH', `/api/v1/users/${dan.id}`, { departmentId: sales.id, version: danNow.version });
    expect((await get(dan.id)).managerId).toBe(ceo.id);

    // A sub-department with its own head under Sales; moving it under the company changes its head's manager.
    const vera = await portal.createUser({ email: 'vera@example.com' });
    const spb = (
      await admin.request('POST', '/api/v1/departments', { name: 'SPb', parentId: sales.id, headId: vera.id })
    ).json();
    const veraNow = await get(vera.id);
    await admin.request('PATCH', `/api/v1/users/${vera.id}`, { departmentId: spb.id, version: veraNow.version });
    const ksenia = await portal.createUser({ email: 'ksenia@example.com', departmentId: spb.id });
    expect((await get(ksenia.id)).managerId).toBe(vera.id);
    expect((await get(vera.id)).managerId).toBe(dan.id);
    await patchDept(spb.id, { parentId: company.id });
    expect((await get(vera.id)).managerId).toBe(ceo.id);

    // Vera stops heading SPb: Ksenia's manager becomes the head above (the CEO).
    await patchDept(spb.id, { headId: null });
    expect((await get(ksenia.id)).managerId).toBe(ceo.id);

    // The directory shows the same derived managers as single reads.
    const listed = (await admin.request('GET', `/api/v1/users?departmentId=${spb.id}`)).json().items;
    expect(listed.find((u: { id: string }) => u.id === ksenia.id).managerId).toBe(ceo.id);

    // The profile's chain and reports agree.
    await patchDept(spb.id, { headId: vera.id, parentId: sales.id });
    const org = (await admin.request('GET', `/api/v1/users/${ksenia.id}/org`)).json();
    expect(org.managerChain.map((u: { id: string }) => u.id)).toEqual([vera.id, dan.id, ceo.id]);
    const danOrg = (await admin.request('GET', `/api/v1/users/${dan.id}/org`)).json();
    expect(danOrg.directReports.map((u: { id: string }) => u.id).sort()).toEqual([igor.id, vera.id].sort());
  });
});

describe.each(DIALECTS)('the event log for people on %s', (dialect) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    await portal.createUser({ email: 'admin@example.com', isAdmin: true });
  });
  afterAll(() => portal.close());

  it('writes user.created and user.updated with old → new values, and nothing for a refused write', async () => {
    const admin = await portal.signIn('admin@example.com');
    const created = (
      await admin.request('POST', '/api/v1/users', { email: 'e@example.com', name: 'Ева', password: 'long-password' })
    ).json();
    await admin.request('PATCH', `/api/v1/users/${created.id}`, { position: 'Юрист', version: created.version });
    const before = await countRows(portal, 'events');
    await admin.request('PATCH', `/api/v1/users/${created.id}`, { position: 'Stale', version: created.version });
    expect(await countRows(portal, 'events')).toBe(before);
    const events = await portal.database.db
      .selectFrom('events')
      .select(['type', 'data', 'actorId'])
      .where('entityId', '=', created.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['user.created', 'user.updated']);
    const data = typeof events[1]!.data === 'string' ? JSON.parse(events[1]!.data) : events[1]!.data;
    expect(data.changes).toEqual({ position: { old: null, new: 'Юрист' } });
    const me = (await admin.request('GET', '/api/v1/me')).json();
    expect(events.every((e) => e.actorId === me.id)).toBe(true);
  });
});
