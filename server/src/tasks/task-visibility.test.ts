import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, PEOPLE, type Company, type Person } from '../test/company.js';
import { DIALECTS, startTestPortal, type TestPortal } from '../test/harness.js';

/** Everything a person can list, walking every page one task at a time. */
async function listAll(c: Company, who: Person, query = ''): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/tasks?limit=1${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await c.as[who].request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    ids.push(...page.items.map((t: { id: string }) => t.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids.sort();
}

describe.each(DIALECTS)('task visibility on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;
  const t: Record<string, string> = {};
  let closedProject: string;
  let visibleTo: Record<string, Person[]>;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
    const create = async (who: Person, body: object) => {
      const res = await c.as[who].request('POST', '/api/v1/tasks', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    closedProject = (
      await c.as.seller.request('POST', '/api/v1/projects', {
        name: 'Partner talks',
        visibility: 'closed',
        memberIds: [c.id.outsider],
      })
    ).json().id;
    const openProject = (
      await c.as.designHead.request('POST', '/api/v1/projects', { name: 'Style', visibility: 'open' })
    ).json().id;
    t.crossDept = await create('seller', {
      title: 'Banner for the deal',
      responsibleId: c.id.designer,
      deadline: '2020-01-01',
    });
    t.studio = await create('junior', { title: 'Own studio work', responsibleId: c.id.junior, tags: ['studio'] });
    t.closed = await create('seller', {
      title: 'Secret terms',
      responsibleId: c.id.designer,
      projectId: closedProject,
    });
    t.open = await create('designHead', {
      title: 'Open style task',
      responsibleId: c.id.designer,
      projectId: openProject,
    });
    t.observed = await create('seller', {
      title: 'Watched work',
      responsibleId: c.id.seller,
      observerIds: [c.id.junior],
    });
    visibleTo = {
      crossDept: ['admin', 'boss', 'salesHead', 'seller', 'designHead', 'designer'],
      studio: ['admin', 'boss', 'designHead', 'junior'],
      closed: ['admin', 'seller', 'designer', 'outsider'],
      open: [...PEOPLE],
      observed: ['admin', 'boss', 'salesHead', 'seller', 'junior', 'designHead'],
    };
  });
  afterAll(() => portal.close());

  it('answers GET /tasks/:id with 200 exactly for those who may see the task, 404 for everyone else', async () => {
    for (const [key, id] of Object.entries(t)) {
      for (const person of PEOPLE) {
        const res = await c.as[person].request('GET', `/api/v1/tasks/${id}`);
        expect([key, person, res.statusCode]).toEqual([key, person, visibleTo[key]!.includes(person) ? 200 : 404]);
      }
    }
  });

  it('lists, through every page, exactly the tasks a single read would show (list and policy agree)', async () => {
    for (const person of PEOPLE) {
      const expected = Object.entries(t)
        .filter(([key]) => visibleTo[key]!.includes(person))
        .map(([, id]) => id)
        .sort();
      expect([person, await listAll(c, person)]).toEqual([person, expected]);
    }
  });

  it('shows an outsider nothing beyond what they may see, through every filter', async () => {
    const filters = [
      `&responsibleId=${c.id.designer}`,
      `&creatorId=${c.id.seller}`,
      `&status=new,pending`,
      `&projectId=${closedProject}`,
      '&overdue=true',
      '&q=banner',
      '&tag=studio',
      '&sort=deadline',
      '&sort=title&order=desc',
      '&sort=priority',
      '&sort=updatedAt',
      '&deadlineFrom=2019-01-01&deadlineTo=2021-01-01',
    ];
    for (const f of filters) {
      const ids = await listAll(c, 'outsider', f);
      for (const id of ids) expect([t.closed, t.open]).toContain(id);
    }
    expect(await listAll(c, 'junior', `&projectId=${closedProject}`)).toEqual([]);
    expect(await listAll(c, 'junior', '&q=banner')).toEqual([]);
    expect(await listAll(c, 'salesHead', '&overdue=true')).toEqual([t.crossDept]);
    expect(await listAll(c, 'junior', '&tag=studio')).toEqual([t.studio]);
  });

  it('keeps closed-project tasks out of managers’ reach, and lets project members in', async () => {
    for (const manager of ['boss', 'salesHead', 'designHead'] as const) {
      expect((await c.as[manager].request('GET', `/api/v1/tasks/${t.closed}`)).statusCode).toBe(404);
    }
    expect((await c.as.outsider.request('GET', `/api/v1/tasks/${t.closed}`)).json().abilities).toEqual({
      edit: false,
      delete: false,
      comment: true,
      work: false,
      actions: [],
    });
  });

  it('refuses every write on an invisible task with 404 and records nothing', async () => {
    const before = await portal.database.db.selectFrom('events').select('id').execute();
    const id = t.studio!;
    const attempts: [string, string, unknown][] = [
      ['PATCH', `/api/v1/tasks/${id}`, { title: 'x', version: 1 }],
      ['DELETE', `/api/v1/tasks/${id}`, undefined],
      ['POST', `/api/v1/tasks/${id}/actions/accept`, {}],
      ['POST', `/api/v1/tasks/${id}/move`, { stageId: 'x' }],
      ['POST', '/api/v1/tasks', { title: 'child', responsibleId: c.id.outsider, parentId: id }],
      ['POST', '/api/v1/tasks', { title: 'in closed', responsibleId: c.id.outsider, projectId: 'nope' }],
    ];
    for (const [method, url, body] of attempts) {
      const res = await c.as.outsider.request(method, url, body);
      expect([url, res.statusCode]).toEqual([url, 404]);
      expect(res.body).not.toContain('Own studio work');
    }
    const after = await portal.database.db.selectFrom('events').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('counts only what the person may see in project task counts', async () => {
    const p = (await c.as.outsider.request('GET', `/api/v1/projects/${closedProject}`)).json();
    expect(p.taskCounts).toEqual({ total: 1, open: 1, overdue: 0 });
    expect((await c.as.boss.request('GET', `/api/v1/projects/${closedProject}`)).statusCode).toBe(404);
  });
});
