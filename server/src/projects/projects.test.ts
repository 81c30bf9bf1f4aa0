import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, type Company } from '../test/company.js';
import { anonymous, countRows, DIALECTS, startTestPortal, type TestPortal } from '../test/harness.js';

describe.each(DIALECTS)('projects on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;
  let openId: string;
  let closedId: string;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
    openId = (await c.as.seller.request('POST', '/api/v1/projects', { name: 'Exhibition', visibility: 'open' })).json()
      .id;
    const closed = await c.as.boss.request('POST', '/api/v1/projects', {
      name: 'Corporate style',
      visibility: 'closed',
      memberIds: [c.id.designer],
      startDate: '2026-12-01',
      endDate: '2027-01-31T00:00:00Z',
    });
    expect(closed.statusCode).toBe(201);
    closedId = closed.json().id;
  });
  afterAll(() => portal.close());

  it('creates a project owned by its creator, with members and default stages in their language', async () => {
    const p = (await c.as.boss.request('GET', `/api/v1/projects/${closedId}`)).json();
    expect(p).toMatchObject({
      name: 'Corporate style',
      visibility: 'closed',
      ownerId: c.id.boss,
      owner: { id: c.id.boss, name: 'boss' },
      startDate: '2026-12-01T00:00:00.000Z',
      endDate: '2027-01-31T00:00:00.000Z',
      archived: false,
      memberCount: 2,
      myRole: 'owner',
      taskCounts: { total: 0, open: 0, overdue: 0 },
      abilities: { edit: true, manageMembers: true, archive: true, createTask: true },
      version: 1,
    });
    const ru = (await c.as.boss.request('GET', `/api/v1/projects/${closedId}/stages`)).json();
    expect(ru.items.map((s: { name: string }) => s.name)).toEqual(['Новые', 'В работе', 'Готово']);
    const en = (await c.as.seller.request('GET', `/api/v1/projects/${openId}/stages`)).json();
    expect(en.items.map((s: { name: string; position: number }) => [s.name, s.position])).toEqual([
      ['New', 0],
      ['In progress', 1],
      ['Done', 2],
    ]);
  });

  it('refuses bad input with 400 naming the field, anonymous with 401, and records nothing', async () => {
    const events = await countRows(portal, 'events');
    const noName = await c.as.seller.request('POST', '/api/v1/projects', { visibility: 'open' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.details[0].field).toBe('name');
    const badVis = await c.as.seller.request('POST', '/api/v1/projects', { name: 'x', visibility: 'secret' });
    expect(badVis.json().error.details[0].field).toBe('visibility');
    const badMember = await c.as.seller.request('POST', '/api/v1/projects', {
      name: 'x',
      visibility: 'open',
      memberIds: ['nobody'],
    });
    expect(badMember.statusCode).toBe(400);
    expect(badMember.json().error.details[0].field).toBe('memberIds');
    const dates = await c.as.seller.request('POST', '/api/v1/projects', {
      name: 'x',
      visibility: 'open',
      startDate: '2027-01-02',
      endDate: '2027-01-01',
    });
    expect(dates.json().error.details[0].field).toBe('endDate');
    expect((await anonymous(portal).request('GET', '/api/v1/projects')).statusCode).toBe(401);
    expect(await countRows(portal, 'events')).toBe(events);
  });

  it('shows closed projects only to members and admins; to others they do not exist', async () => {
    for (const who of ['outsider', 'seller', 'designHead'] as const) {
      expect((await c.as[who].request('GET', `/api/v1/projects/${closedId}`)).statusCode).toBe(404);
      expect((await c.as[who].request('GET', `/api/v1/projects/${closedId}/stages`)).statusCode).toBe(404);
      expect((await c.as[who].request('GET', `/api/v1/projects/${closedId}/members`)).statusCode).toBe(404);
      const list = (await c.as[who].request('GET', '/api/v1/projects')).json();
      expect(list.items.map((p: { id: string }) => p.id)).toEqual([openId]);
    }
    for (const who of ['designer', 'admin'] as const) {
      const list = (await c.as[who].request('GET', '/api/v1/projects')).json();
      expect(list.items.map((p: { id: string }) => p.id).sort()).toEqual([openId, closedId].sort());
    }
    const mine = (await c.as.designer.request('GET', '/api/v1/projects?mine=true')).json();
    expect(mine.items.map((p: { id: string }) => p.id)).toEqual([closedId]);
    const q = (await c.as.admin.request('GET', '/api/v1/projects?q=CORPORATE')).json();
    expect(q.items.map((p: { id: string }) => p.id)).toEqual([closedId]);
  });

  it('pages through projects by name without gaps or repeats', async () => {
    for (const name of ['Alpha', 'beta', 'Gamma', 'delta']) {
      await c.as.junior.request('POST', '/api/v1/projects', { name, visibility: 'open' });
    }
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/projects?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await c.as.junior.request('GET', url)).json();
      names.push(...page.items.map((p: { name: string }) => p.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(names).toEqual(['Alpha', 'beta', 'delta', 'Exhibition', 'Gamma']);
    expect((await c.as.junior.request('GET', '/api/v1/projects?cursor=zzz')).json().error.details[0].field).toBe(
      'cursor',
    );
  });

  it('lets the owner, moderators and admins edit; others get 403; stale versions 409', async () => {
    const member = await c.as.designer.request('PATCH', `/api/v1/projects/${closedId}`, { name: 'x', version: 1 });
    expect(member.statusCode).toBe(403);
    const outsider = await c.as.outsider.request('PATCH', `/api/v1/projects/${closedId}`, { name: 'x', version: 1 });
    expect(outsider.statusCode).toBe(404);
    const ok = await c.as.boss.request('PATCH', `/api/v1/projects/${closedId}`, {
      name: 'Corporate style 2027',
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Corporate style 2027', version: 2 });
    const stale = await c.as.boss.request('PATCH', `/api/v1/projects/${closedId}`, { name: 'y', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const history = await portal.database.db
      .selectFrom('events')
      .select(['type', 'data'])
      .where('entityId', '=', closedId)
      .where('type', '=', 'project.updated')
      .execute();
    expect(history).toHaveLength(1);
    expect(JSON.stringify(history[0]!.data)).toContain('Corporate style 2027');
  });

  it('archives only by the owner or an admin, and hides archived projects from the default list', async () => {
    await c.as.seller.request('POST', `/api/v1/projects/${openId}/members`, { userId: c.id.junior, role: 'moderator' });
    const p = (await c.as.seller.request('GET', `/api/v1/projects/${openId}`)).json();
    const byModerator = await c.as.junior.request('PATCH', `/api/v1/projects/${openId}`, {
      archived: true,
      version: p.version,
    });
    expect(byModerator.statusCode).toBe(403);
    const archived = await c.as.seller.request('PATCH', `/api/v1/projects/${openId}`, {
      archived: true,
      version: p.version,
    });
    expect(archived.json()).toMatchObject({ archived: true, abilities: { createTask: false } });
    const list = (await c.as.seller.request('GET', '/api/v1/projects')).json();
    expect(list.items.map((x: { id: string }) => x.id)).not.toContain(openId);
    const archivedList = (await c.as.seller.request('GET', '/api/v1/projects?archived=true')).json();
    expect(archivedList.items.map((x: { id: string }) => x.id)).toEqual([openId]);
    await c.as.admin.request('PATCH', `/api/v1/projects/${openId}`, { archived: false, version: p.version + 1 });
  });

  it('manages members: add (201), duplicate (409), role change, removal; the owner stays', async () => {
    const add = await c.as.boss.request('POST', `/api/v1/projects/${closedId}/members`, {
      userId: c.id.seller,
      role: 'member',
    });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({ userId: c.id.seller, role: 'member', user: { name: 'seller' } });
    expect((await c.as.seller.request('GET', `/api/v1/projects/${closedId}`)).statusCode).toBe(200);
    const again = await c.as.boss.request('POST', `/api/v1/projects/${closedId}/members`, {
      userId: c.id.seller,
      role: 'member',
    });
    expect(again.statusCode).toBe(409);
    const badRole = await c.as.boss.request('POST', `/api/v1/projects/${closedId}/members`, {
      userId: c.id.junior,
      role: 'owner',
    });
    expect(badRole.json().error.details[0].field).toBe('role');
    const unknown = await c.as.boss.request('POST', `/api/v1/projects/${closedId}/members`, {
      userId: 'nobody',
      role: 'member',
    });
    expect(unknown.json().error.details[0].field).toBe('userId');
    const byMember = await c.as.seller.request('POST', `/api/v1/projects/${closedId}/members`, {
      userId: c.id.junior,
      role: 'member',
    });
    expect(byMember.statusCode).toBe(403);
    const promote = await c.as.boss.request('PATCH', `/api/v1/projects/${closedId}/members/${c.id.seller}`, {
      role: 'moderator',
    });
    expect(promote.json().role).toBe('moderator');
    const owner = await c.as.boss.request('PATCH', `/api/v1/projects/${closedId}/members/${c.id.boss}`, {
      role: 'member',
    });
    expect(owner.statusCode).toBe(409);
    expect((await c.as.seller.request('DELETE', `/api/v1/projects/${closedId}/members/${c.id.boss}`)).statusCode).toBe(
      409,
    );
    const members = (await c.as.seller.request('GET', `/api/v1/projects/${closedId}/members?limit=2`)).json();
    expect(members.items).toHaveLength(2);
    expect(members.nextCursor).not.toBeNull();
    expect(
      (await c.as.seller.request('DELETE', `/api/v1/projects/${closedId}/members/${c.id.seller}`)).statusCode,
    ).toBe(204);
    expect((await c.as.seller.request('GET', `/api/v1/projects/${closedId}`)).statusCode).toBe(404);
    expect((await c.as.boss.request('DELETE', `/api/v1/projects/${closedId}/members/${c.id.seller}`)).statusCode).toBe(
      404,
    );
  });

  it('adds, renames, reorders and deletes stages; the last one stays', async () => {
    const add = await c.as.boss.request('POST', `/api/v1/projects/${closedId}/stages`, { name: 'Review' });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({ name: 'Review', position: 3, version: 1 });
    const stageId = add.json().id;
    expect((await c.as.designer.request('POST', `/api/v1/projects/${closedId}/stages`, { name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await c.as.boss.request('POST', `/api/v1/projects/${closedId}/stages`, { name: '' })).statusCode).toBe(400);
    const moved = await c.as.boss.request('PATCH', `/api/v1/projects/${closedId}/stages/${stageId}`, {
      name: 'Review!',
      position: 0,
      version: 1,
    });
    expect(moved.json()).toMatchObject({ name: 'Review!', position: 0, version: 2 });
    const stale = await c.as.boss.request('PATCH', `/api/v1/projects/${closedId}/stages/${stageId}`, {
      name: 'z',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const order = (await c.as.boss.request('GET', `/api/v1/projects/${closedId}/stages`)).json().items;
    expect(order.map((s: { name: string; position: number }) => [s.name, s.position])).toEqual([
      ['Review!', 0],
      ['Новые', 1],
      ['В работе', 2],
      ['Готово', 3],
    ]);
    for (const s of order.slice(0, 3)) {
      expect((await c.as.boss.request('DELETE', `/api/v1/projects/${closedId}/stages/${s.id}`)).statusCode).toBe(204);
    }
    const last = await c.as.boss.request('DELETE', `/api/v1/projects/${closedId}/stages/${order[3].id}`);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('last_stage');
    expect((await c.as.boss.request('DELETE', `/api/v1/projects/${closedId}/stages/nope`)).statusCode).toBe(404);
  });
});
