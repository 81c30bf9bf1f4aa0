import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, type Company } from '../test/company.js';
import { anonymous, countRows, DIALECTS, startTestPortal, type TestPortal } from '../test/harness.js';

describe.each(DIALECTS)('tasks on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
  });
  afterAll(() => portal.close());

  const events = async (taskId: string) =>
    (
      await portal.database.db
        .selectFrom('events')
        .select(['type', 'data'])
        .where('entityId', '=', taskId)
        .orderBy('id')
        .execute()
    ).map((e) => ({ type: e.type, data: typeof e.data === 'string' ? JSON.parse(e.data) : e.data }));

  it('creates a task with its people, tags and the full shape, status new across departments', async () => {
    const res = await c.as.seller.request('POST', '/api/v1/tasks', {
      title: 'Design a banner',
      description: 'For the **deal**',
      responsibleId: c.id.designer,
      participantIds: [c.id.junior, c.id.designer],
      observerIds: [c.id.designHead, c.id.junior],
      deadline: '2030-01-10',
      startDate: '2030-01-01T09:00:00+03:00',
      priority: 'high',
      requiresApproval: true,
      crmLink: { type: 'deal', id: 'deal-1' },
      tags: ['design', 'design', 'urgent'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const task = res.json();
    expect(task).toMatchObject({
      title: 'Design a banner',
      description: 'For the **deal**',
      status: 'new',
      creatorId: c.id.seller,
      responsibleId: c.id.designer,
      participantIds: [c.id.junior],
      observerIds: [c.id.designHead],
      projectId: null,
      parentId: null,
      deadline: '2030-01-10T00:00:00.000Z',
      startDate: '2030-01-01T06:00:00.000Z',
      endDate: null,
      priority: 'high',
      requiresApproval: true,
      crmLink: { type: 'deal', id: 'deal-1' },
      declineReason: null,
      disapproveReason: null,
      tags: ['design', 'urgent'],
      stageId: null,
      completedAt: null,
      creator: { id: c.id.seller, name: 'seller', position: null, photoUrl: null },
      responsible: { id: c.id.designer, name: 'designer' },
      participants: [{ id: c.id.junior, name: 'junior' }],
      observers: [{ id: c.id.designHead, name: 'designHead' }],
      project: null,
      parent: null,
      checklist: { total: 0, done: 0 },
      subtaskCount: 0,
      commentCount: 0,
      abilities: { edit: true, delete: true, comment: true, work: true, actions: ['reassign'] },
      version: 1,
    });
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${task.id}`)).json()).toEqual(task);
    const seen = (await c.as.designer.request('GET', `/api/v1/tasks/${task.id}`)).json();
    expect(seen.abilities).toEqual({
      edit: false,
      delete: false,
      comment: true,
      work: true,
      actions: ['accept', 'decline'],
    });
    // An observer reads and comments but does not work the checklist.
    const watched = (await c.as.designHead.request('GET', `/api/v1/tasks/${task.id}`)).json();
    expect(watched.abilities).toMatchObject({ edit: false, comment: true, work: false });
    expect((await events(task.id)).map((e) => e.type)).toEqual(['task.created']);
  });

  it('starts pending when set for oneself or by a manager up the chain', async () => {
    const own = await c.as.designer.request('POST', '/api/v1/tasks', { title: 'Mine', responsibleId: c.id.designer });
    expect(own.json().status).toBe('pending');
    const byHead = await c.as.designHead.request('POST', '/api/v1/tasks', { title: 'Do', responsibleId: c.id.junior });
    expect(byHead.json().status).toBe('pending');
    const byBoss = await c.as.boss.request('POST', '/api/v1/tasks', { title: 'Do', responsibleId: c.id.seller });
    expect(byBoss.json().status).toBe('pending');
    const upwards = await c.as.junior.request('POST', '/api/v1/tasks', { title: 'Do', responsibleId: c.id.designHead });
    expect(upwards.json().status).toBe('new');
  });

  it('refuses bad input with 400 naming the field, anonymous with 401, and records nothing', async () => {
    const before = await countRows(portal, 'events');
    const cases: [object, string][] = [
      [{ responsibleId: c.id.seller }, 'title'],
      [{ title: '  ', responsibleId: c.id.seller }, 'title'],
      [{ title: 'x' }, 'responsibleId'],
      [{ title: 'x', responsibleId: 'ghost' }, 'responsibleId'],
      [{ title: 'x', responsibleId: c.id.seller, participantIds: ['ghost'] }, 'participantIds'],
      [{ title: 'x', responsibleId: c.id.seller, observerIds: ['ghost'] }, 'observerIds'],
      [{ title: 'x', responsibleId: c.id.seller, priority: 'urgent' }, 'priority'],
      [{ title: 'x', responsibleId: c.id.seller, deadline: 'tomorrow' }, 'deadline'],
      [{ title: 'x', responsibleId: c.id.seller, crmLink: { type: 'lead', id: '1' } }, 'crmLink.type'],
      [{ title: 'x', responsibleId: c.id.seller, startDate: '2030-02-01', endDate: '2030-01-01' }, 'endDate'],
    ];
    for (const [body, field] of cases) {
      const res = await c.as.seller.request('POST', '/api/v1/tasks', body);
      expect([field, res.statusCode]).toEqual([field, 400]);
      expect(res.json().error.details[0].field).toBe(field);
    }
    expect((await c.as.seller.request('POST', '/api/v1/tasks', '{bad')).statusCode).toBe(400);
    const anon = anonymous(portal);
    expect((await anon.request('GET', '/api/v1/tasks')).statusCode).toBe(401);
    expect((await anon.request('POST', '/api/v1/tasks', { title: 'x', responsibleId: c.id.seller })).statusCode).toBe(
      401,
    );
    expect((await c.as.seller.request('GET', '/api/v1/tasks?limit=0')).json().error.details[0].field).toBe('limit');
    expect((await c.as.seller.request('GET', '/api/v1/tasks?status=done')).statusCode).toBe(400);
    expect(await countRows(portal, 'events')).toBe(before);
  });

  it('edits with the version, records old → new per field, replaces people, and refuses others', async () => {
    const task = (
      await c.as.seller.request('POST', '/api/v1/tasks', {
        title: 'Prepare booth',
        responsibleId: c.id.seller,
        participantIds: [c.id.junior],
      })
    ).json();
    const forbidden = await c.as.junior.request('PATCH', `/api/v1/tasks/${task.id}`, { title: 'x', version: 1 });
    expect(forbidden.statusCode).toBe(403);
    const res = await c.as.seller.request('PATCH', `/api/v1/tasks/${task.id}`, {
      title: 'Prepare the booth',
      priority: 'low',
      deadline: '2030-03-01',
      tags: ['expo'],
      participantIds: [c.id.designer],
      observerIds: [c.id.salesHead],
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: 'Prepare the booth',
      priority: 'low',
      deadline: '2030-03-01T00:00:00.000Z',
      tags: ['expo'],
      participantIds: [c.id.designer],
      observerIds: [c.id.salesHead],
      version: 2,
    });
    const stale = await c.as.seller.request('PATCH', `/api/v1/tasks/${task.id}`, { title: 'y', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const log = await events(task.id);
    expect(log.map((e) => e.type)).toEqual([
      'task.created',
      'task.member_added',
      'task.member_removed',
      'task.member_added',
      'task.updated',
    ]);
    expect(log[4]!.data.changes).toEqual({
      title: { old: 'Prepare booth', new: 'Prepare the booth' },
      priority: { old: 'normal', new: 'low' },
      deadline: { old: null, new: '2030-03-01T00:00:00.000Z' },
      tags: { old: [], new: ['expo'] },
    });
    const history = (await c.as.designer.request('GET', `/api/v1/tasks/${task.id}/history`)).json();
    expect(history.items.map((h: { type: string }) => h.type)).toEqual(log.map((e) => e.type));
    expect(history.items[4]).toMatchObject({ actorId: c.id.seller, actor: { name: 'seller' } });
    const bad = await c.as.seller.request('PATCH', `/api/v1/tasks/${task.id}`, { priority: 'x', version: 2 });
    expect(bad.json().error.details[0].field).toBe('priority');
    const self = await c.as.seller.request('PATCH', `/api/v1/tasks/${task.id}`, { parentId: task.id, version: 2 });
    expect(self.json().error.details[0].field).toBe('parentId');
  });

  it('restarts the cycle when the responsible person changes through PATCH', async () => {
    const task = (
      await c.as.seller.request('POST', '/api/v1/tasks', { title: 'Call', responsibleId: c.id.seller })
    ).json();
    expect(task.status).toBe('pending');
    const res = await c.as.seller.request('PATCH', `/api/v1/tasks/${task.id}`, {
      responsibleId: c.id.designer,
      version: 1,
    });
    expect(res.json()).toMatchObject({
      status: 'new',
      responsibleId: c.id.designer,
      responsible: { name: 'designer' },
    });
  });

  it('keeps subtasks counted and refuses a parent below the task itself', async () => {
    const parent = (
      await c.as.seller.request('POST', '/api/v1/tasks', { title: 'Expo', responsibleId: c.id.seller })
    ).json();
    const child = (
      await c.as.seller.request('POST', '/api/v1/tasks', {
        title: 'Stand',
        responsibleId: c.id.seller,
        parentId: parent.id,
      })
    ).json();
    expect(child.parent).toEqual({ id: parent.id, title: 'Expo' });
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${child.id}`)).json()).toEqual(child);
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${parent.id}`)).json().subtaskCount).toBe(1);
    const cycle = await c.as.seller.request('PATCH', `/api/v1/tasks/${parent.id}`, { parentId: child.id, version: 1 });
    expect(cycle.statusCode).toBe(400);
    const list = (await c.as.seller.request('GET', `/api/v1/tasks?parentId=${parent.id}`)).json();
    expect(list.items.map((t: { id: string }) => t.id)).toEqual([child.id]);
    expect((await c.as.junior.request('DELETE', `/api/v1/tasks/${child.id}`)).statusCode).toBe(404);
    expect((await c.as.salesHead.request('DELETE', `/api/v1/tasks/${child.id}`)).statusCode).toBe(403);
    expect((await c.as.seller.request('DELETE', `/api/v1/tasks/${parent.id}`)).statusCode).toBe(204);
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${parent.id}`)).statusCode).toBe(404);
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${child.id}`)).json().parentId).toBeNull();
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${parent.id}/history`)).statusCode).toBe(404);
  });

  it('sorts by each key with stable keyset pages, deadlines without a date last', async () => {
    const made: string[] = [];
    for (const [title, deadline, priority] of [
      ['Bravo', '2031-01-02', 'low'],
      ['alpha', null, 'high'],
      ['Charlie', '2031-01-01', 'normal'],
      ['delta', '2031-01-02', 'high'],
      ['Echo', null, 'low'],
    ] as const) {
      const res = await c.as.outsider.request('POST', '/api/v1/tasks', {
        title,
        responsibleId: c.id.outsider,
        priority,
        tags: ['sorting'],
        ...(deadline ? { deadline } : {}),
      });
      made.push(res.json().id);
    }
    const walk = async (query: string) => {
      const titles: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/tasks?role=responsible&tag=sorting&limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await c.as.outsider.request('GET', url)).json();
        titles.push(...page.items.map((t: { title: string }) => t.title));
        cursor = page.nextCursor;
      } while (cursor);
      return titles;
    };
    expect(await walk('')).toEqual(['Echo', 'delta', 'Charlie', 'alpha', 'Bravo']);
    expect(await walk('&sort=createdAt&order=asc')).toEqual(['Bravo', 'alpha', 'Charlie', 'delta', 'Echo']);
    expect(await walk('&sort=deadline')).toEqual(['Charlie', 'Bravo', 'delta', 'alpha', 'Echo']);
    expect(await walk('&sort=deadline&order=desc')).toEqual(['delta', 'Bravo', 'Charlie', 'Echo', 'alpha']);
    expect(await walk('&sort=title')).toEqual(['alpha', 'Bravo', 'Charlie', 'delta', 'Echo']);
    expect(await walk('&sort=priority&order=desc')).toEqual(['delta', 'alpha', 'Charlie', 'Echo', 'Bravo']);
    const first = (await c.as.outsider.request('GET', '/api/v1/tasks?role=responsible&limit=1&sort=title')).json();
    const mixed = await c.as.outsider.request('GET', `/api/v1/tasks?limit=1&sort=deadline&cursor=${first.nextCursor}`);
    expect(mixed.json().error.details[0].field).toBe('cursor');
    const q = (await c.as.outsider.request('GET', '/api/v1/tasks?q=CHARL')).json();
    expect(q.items.map((t: { id: string }) => t.id)).toEqual([made[2]]);
  });

  it('counts my open tasks by role, overdue ones and those waiting for me', async () => {
    const before = (await c.as.junior.request('GET', '/api/v1/tasks/counters')).json();
    await c.as.seller.request('POST', '/api/v1/tasks', {
      title: 'Late',
      responsibleId: c.id.junior,
      deadline: '2020-01-01',
    });
    await c.as.junior.request('POST', '/api/v1/tasks', {
      title: 'Mine late',
      responsibleId: c.id.junior,
      deadline: '2020-01-01',
    });
    const after = (await c.as.junior.request('GET', '/api/v1/tasks/counters')).json();
    expect(after.overdue - before.overdue).toBe(2);
    expect(after.awaitingAcceptance - before.awaitingAcceptance).toBe(1);
    expect(after.roles.responsible - before.roles.responsible).toBe(2);
    expect(after.roles.creator - before.roles.creator).toBe(1);
    const waiting = (await c.as.junior.request('GET', '/api/v1/tasks?awaiting=acceptance')).json();
    expect(waiting.items.every((t: { status: string }) => t.status === 'new')).toBe(true);
    expect(waiting.items).toHaveLength(after.awaitingAcceptance);
    const mine = (await c.as.junior.request('GET', '/api/v1/tasks?role=participant')).json();
    expect(mine.items.length).toBe(after.roles.participant);
  });

  it('hints the initial status and suggests the manager as observer across departments', async () => {
    const across = (
      await c.as.seller.request('GET', `/api/v1/tasks/assignment-hint?responsibleId=${c.id.designer}`)
    ).json();
    expect(across).toEqual({
      initialStatus: 'new',
      suggestedObserver: { id: c.id.designHead, name: 'designHead', position: null, photoUrl: null },
    });
    const down = (
      await c.as.designHead.request('GET', `/api/v1/tasks/assignment-hint?responsibleId=${c.id.junior}`)
    ).json();
    expect(down).toEqual({ initialStatus: 'pending', suggestedObserver: null });
    const bad = await c.as.seller.request('GET', '/api/v1/tasks/assignment-hint?responsibleId=ghost');
    expect(bad.json().error.details[0].field).toBe('responsibleId');
  });

  it('moves cards on the board in order; the last stage does not change the status', async () => {
    const project = (
      await c.as.seller.request('POST', '/api/v1/projects', { name: 'Board', visibility: 'open' })
    ).json();
    const stages = (await c.as.seller.request('GET', `/api/v1/projects/${project.id}/stages`)).json().items;
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C']) {
      const res = await c.as.seller.request('POST', '/api/v1/tasks', {
        title,
        responsibleId: c.id.seller,
        projectId: project.id,
      });
      expect(res.json()).toMatchObject({ stageId: stages[0].id, project: { id: project.id, name: 'Board' } });
      expect((await c.as.seller.request('GET', `/api/v1/tasks/${res.json().id}`)).json()).toEqual(res.json());
      ids.push(res.json().id);
    }
    const board = async (stageId: string) =>
      (await c.as.seller.request('GET', `/api/v1/tasks?projectId=${project.id}&stageId=${stageId}&limit=500`)).json();
    const order = async (stageId: string) => {
      const rows = await portal.database.db
        .selectFrom('tasks')
        .select('title')
        .where('stageId', '=', stageId)
        .orderBy('stagePosition')
        .execute();
      return rows.map((r) => r.title);
    };
    expect(await order(stages[0].id)).toEqual(['A', 'B', 'C']);
    await c.as.seller.request('POST', `/api/v1/tasks/${ids[2]}/move`, { stageId: stages[0].id, afterId: null });
    expect(await order(stages[0].id)).toEqual(['C', 'A', 'B']);
    await c.as.seller.request('POST', `/api/v1/tasks/${ids[2]}/move`, { stageId: stages[0].id, afterId: ids[0] });
    expect(await order(stages[0].id)).toEqual(['A', 'C', 'B']);
    // The board reads a column in its order, page by page.
    const column = `/api/v1/tasks?projectId=${project.id}&stageId=${stages[0].id}&sort=position&limit=2`;
    const first = (await c.as.seller.request('GET', column)).json();
    const rest = (await c.as.seller.request('GET', `${column}&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...rest.items].map((t: { title: string }) => t.title)).toEqual(['A', 'C', 'B']);
    expect(rest.nextCursor).toBeNull();
    const counted = (await c.as.seller.request('GET', `/api/v1/projects/${project.id}/stages`)).json().items;
    expect(counted.map((s: { taskCount: number }) => s.taskCount)).toEqual([3, 0, 0]);
    for (let i = 0; i < 60; i++) {
      // Halving the same gap again and again forces a renumbering of the stage.
      await c.as.seller.request('POST', `/api/v1/tasks/${ids[i % 2 === 0 ? 1 : 2]}/move`, {
        stageId: stages[0].id,
        afterId: ids[0],
      });
    }
    expect((await order(stages[0].id))[0]).toBe('A');
    const done = await c.as.seller.request('POST', `/api/v1/tasks/${ids[0]}/move`, { stageId: stages[2].id });
    expect(done.json()).toMatchObject({ stageId: stages[2].id, status: 'pending' });
    expect((await board(stages[2].id)).items.map((t: { id: string }) => t.id)).toEqual([ids[0]]);
    const foreign = await c.as.seller.request('POST', `/api/v1/tasks/${ids[0]}/move`, { stageId: 'nope' });
    expect(foreign.json().error.details[0].field).toBe('stageId');
    const loose = (
      await c.as.seller.request('POST', '/api/v1/tasks', { title: 'x', responsibleId: c.id.seller })
    ).json();
    expect(
      (await c.as.seller.request('POST', `/api/v1/tasks/${loose.id}/move`, { stageId: stages[0].id })).statusCode,
    ).toBe(409);
    expect(
      (await c.as.junior.request('POST', `/api/v1/tasks/${ids[0]}/move`, { stageId: stages[0].id })).statusCode,
    ).toBe(403);
    await c.as.seller.request('DELETE', `/api/v1/projects/${project.id}/stages/${stages[2].id}`);
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${ids[0]}`)).json().stageId).toBe(stages[0].id);
    expect((await order(stages[0].id)).at(-1)).toBe('A');
  });
});
