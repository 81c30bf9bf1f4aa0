import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  countRows,
  DIALECTS,
  ORIGIN,
  startTestPortal,
  TEST_PASSWORD,
  type TestPortal,
} from '../test/harness.js';

describe.each(DIALECTS)('auth on %s', (dialect) => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    await portal.createUser({ email: 'admin@example.com', name: 'Admin', isAdmin: true });
    await portal.createUser({ email: 'anna@example.com', name: 'Анна Иванова' });
  });
  afterAll(() => portal.close());

  it('signs in with e-mail and password and sets a safe session cookie', async () => {
    const res = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Anna@Example.com', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      email: 'anna@example.com',
      name: 'Анна Иванова',
      isAdmin: false,
      crmAccess: 'own',
    });
    expect(res.json().user.passwordHash).toBeUndefined();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/artel_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('does not trust X-Forwarded-Proto unless configured to (no Secure flag from a spoofed header)', async () => {
    const res = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'anna@example.com', password: TEST_PASSWORD },
    });
    expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when served over HTTPS behind a trusted proxy', async () => {
    const behindProxy = await startTestPortal(dialect, { trustProxy: true });
    try {
      await behindProxy.createUser({ email: 'p@example.com' });
      const res = await behindProxy.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'p@example.com', password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('stores only a hash of the session token', async () => {
    const client = await portal.signIn('anna@example.com');
    const rows = await portal.database.db.selectFrom('sessions').select('tokenHash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.tokenHash)).not.toContain(client.cookie);
  });

  it('answers 401 for a wrong password or unknown e-mail, with the same message', async () => {
    const wrong = await anonymous(portal).request('POST', '/api/v1/auth/login', {
      email: 'admin@example.com',
      password: 'nope-nope',
    });
    const unknown = await anonymous(portal).request('POST', '/api/v1/auth/login', {
      email: 'ghost@example.com',
      password: 'nope-nope',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('answers 400 naming the field when the body is incomplete', async () => {
    const res = await anonymous(portal).request('POST', '/api/v1/auth/login', { email: 'a@b.c' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details).toContainEqual(expect.objectContaining({ field: 'password' }));
  });

  it('locks an account with 429 and Retry-After after repeated failures, even for the right password', async () => {
    await portal.createUser({ email: 'target@example.com' });
    for (let i = 0; i < 5; i++) {
      const res = await anonymous(portal).request(
        'POST',
        '/api/v1/auth/login',
        { email: 'target@example.com', password: 'guess-' + i },
        { 'x-real-ip': '1' },
      );
      expect(res.statusCode).toBe(401);
    }
    const locked = await anonymous(portal).request('POST', '/api/v1/auth/login', {
      email: 'target@example.com',
      password: TEST_PASSWORD,
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('throttles one address trying many accounts with 429, while other addresses still sign in', async () => {
    const attempt = (email: string, password: string, remoteAddress: string) =>
      portal.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { email, password } });
    for (let i = 0; i < 20; i++) {
      expect((await attempt(`nobody${i}@example.com`, 'wrong-password', '10.9.9.9')).statusCode).toBe(401);
    }
    const blocked = await attempt('anna@example.com', TEST_PASSWORD, '10.9.9.9');
    expect(blocked.statusCode).toBe(429);
    expect((await attempt('anna@example.com', TEST_PASSWORD, '10.1.1.1')).statusCode).toBe(200);
  });

  it('GET /me returns the signed-in user; 401 without a session', async () => {
    const client = await portal.signIn('anna@example.com');
    const me = await client.request('GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'anna@example.com', isAdmin: false });
    const anon = await anonymous(portal).request('GET', '/api/v1/me');
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe('unauthorized');
  });

  it('logout ends the session', async () => {
    const client = await portal.signIn('anna@example.com');
    expect((await client.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('refuses a cookie write from a foreign Origin and changes nothing', async () => {
    const admin = await portal.signIn('admin@example.com');
    const before = await countRows(portal, 'offices');
    const foreign = await admin.request(
      'POST',
      '/api/v1/offices',
      { name: 'Evil', city: 'X' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('origin_mismatch');
    const missing = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/offices',
      headers: { cookie: `artel_session=${admin.cookie}` },
      payload: { name: 'Evil', city: 'X' },
    });
    expect(missing.statusCode).toBe(403);
    expect(await countRows(portal, 'offices')).toBe(before);
    const same = await admin.request('POST', '/api/v1/offices', { name: 'Good', city: 'Y' }, { origin: ORIGIN });
    expect(same.statusCode).toBe(201);
  });

  it('changes the password: wrong current one is 400 on currentPassword; then the new one signs in', async () => {
    await portal.createUser({ email: 'pw@example.com' });
    const client = await portal.signIn('pw@example.com');
    const other = await portal.signIn('pw@example.com');
    const bad = await client.request('POST', '/api/v1/me/password', {
      currentPassword: 'wrong-one',
      newPassword: 'new-password-1',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('currentPassword');
    const short = await client.request('POST', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('newPassword');
    const ok = await client.request('POST', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'new-password-1',
    });
    expect(ok.statusCode).toBe(204);
    expect((await client.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await other.request('GET', '/api/v1/me')).statusCode).toBe(401);
    await portal.signIn('pw@example.com', 'new-password-1');
    const old = await anonymous(portal).request('POST', '/api/v1/auth/login', {
      email: 'pw@example.com',
      password: TEST_PASSWORD,
    });
    expect(old.statusCode).toBe(401);
  });
});

describe.each(DIALECTS)('personal API tokens on %s', (dialect) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    await portal.createUser({ email: 'anna@example.com', name: 'Anna' });
    await portal.createUser({ email: 'boris@example.com', name: 'Boris' });
  });
  afterAll(() => portal.close());

  it('creates a token shown once, which then authenticates as its owner', async () => {
    const anna = await portal.signIn('anna@example.com');
    const created = await anna.request('POST', '/api/v1/me/tokens', { name: 'CI script' });
    expect(created.statusCode).toBe(201);
    const { id, token, name } = created.json();
    expect(name).toBe('CI script');
    expect(token).toMatch(/^artel_/);
    const listed = await anna.request('GET', '/api/v1/me/tokens');
    expect(listed.json().items).toEqual([
      expect.objectContaining({ id, name: 'CI script', prefix: token.slice(0, 12) }),
    ]);
    expect(listed.body).not.toContain(token);
    const me = await anonymous(portal).request('GET', '/api/v1/me', undefined, { authorization: `Bearer ${token}` });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe('anna@example.com');
  });

  it('bearer writes need no Origin; a revoked token is refused with 401', async () => {
    const anna = await portal.signIn('anna@example.com');
    const { id, token } = (await anna.request('POST', '/api/v1/me/tokens', { name: 'temp' })).json();
    const write = await anonymous(portal).request(
      'POST',
      '/api/v1/me/tokens',
      { name: 'by token' },
      { authorization: `Bearer ${token}` },
    );
    expect(write.statusCode).toBe(201);
    expect((await anna.request('DELETE', `/api/v1/me/tokens/${id}`)).statusCode).toBe(204);
    const after = await anonymous(portal).request('GET', '/api/v1/me', undefined, { authorization: `Bearer ${token}` });
    expect(after.statusCode).toBe(401);
  });

  it("cannot revoke someone else's token (404, and it keeps working)", async () => {
    const anna = await portal.signIn('anna@example.com');
    const boris = await portal.signIn('boris@example.com');
    const { id, token } = (await anna.request('POST', '/api/v1/me/tokens', { name: 'mine' })).json();
    expect((await boris.request('DELETE', `/api/v1/me/tokens/${id}`)).statusCode).toBe(404);
    const me = await anonymous(portal).request('GET', '/api/v1/me', undefined, { authorization: `Bearer ${token}` });
    expect(me.statusCode).toBe(200);
  });

  it('400 for a token without a name; 401 for a malformed Authorization header', async () => {
    const anna = await portal.signIn('anna@example.com');
    const res = await anna.request('POST', '/api/v1/me/tokens', { name: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('name');
    const malformed = await anonymous(portal).request('GET', '/api/v1/me', undefined, { authorization: 'Basic abc' });
    expect(malformed.statusCode).toBe(401);
  });
});

describe.each(DIALECTS)('first-run setup on %s', (dialect) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(dialect);
  });
  afterAll(() => portal.close());

  it('creates the first admin once, then refuses with 409', async () => {
    expect((await anonymous(portal).request('GET', '/api/v1/setup')).json()).toEqual({ needsSetup: true });
    const bad = await anonymous(portal).request('POST', '/api/v1/setup', {
      name: 'Root',
      email: 'not-an-email',
      password: 'long-enough-pw',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('email');
    const res = await anonymous(portal).request('POST', '/api/v1/setup', {
      name: 'Root',
      email: 'root@example.com',
      password: 'long-enough-pw',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email: 'root@example.com', isAdmin: true });
    expect(String(res.headers['set-cookie'])).toMatch(/artel_session=/);
    expect((await anonymous(portal).request('GET', '/api/v1/setup')).json()).toEqual({ needsSetup: false });
    const again = await anonymous(portal).request('POST', '/api/v1/setup', {
      name: 'Other',
      email: 'other@example.com',
      password: 'long-enough-pw',
    });
    expect(again.statusCode).toBe(409);
    expect(await countRows(portal, 'users')).toBe(1);
  });
});
