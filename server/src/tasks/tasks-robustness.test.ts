import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, type Company } from '../test/company.js';
import { anonymous, countRows, DIALECTS, startTestPortal, type TestPortal } from '../test/harness.js';

describe.each(DIALECTS)('project and task routes under bad input on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;
  let routes: [string, string][];

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
    const project = (await c.as.seller.request('POST', '/api/v1/projects', { name: 'P', visibility: 'open' })).json();
    const stage = (await c.as.seller.request('GET', `/api/v1/projects/${project.id}/stages`)).json().items[0];
    const task = (
      await c.as.seller.request('POST', '/api/v1/tasks', {
        title: 'T',
        responsibleId: c.id.seller,
        projectId: project.id,
      })
    ).json();
    const item = (await c.as.seller.request('POST', `/api/v1/tasks/${task.id}/checklist`, { title: 'i' })).json();
    const p = `/api/v1/projects/${project.id}`;
    const t = `/api/v1/tasks/${task.id}`;
    routes = [
      ['GET', '/api/v1/projects'],
      ['POST', '/api/v1/projects'],
      ['GET', p],
      ['PATCH', p],
      ['GET', `${p}/members`],
      ['POST', `${p}/members`],
      ['PATCH', `${p}/members/${c.id.seller}`],
      ['DELETE', `${p}/members/${c.id.seller}`],
      ['GET', `${p}/stages`],
      ['GET', `${p}/gantt`],
      ['GET', `${p}/progress`],
      ['POST', `${p}/stages`],
      ['PATCH', `${p}/stages/${stage.id}`],
      ['DELETE', `${p}/stages/${stage.id}`],
      ['GET', '/api/v1/tasks'],
      ['POST', '/api/v1/tasks'],
      ['GET', '/api/v1/tasks/counters'],
      ['GET', `/api/v1/tasks/assignment-hint?responsibleId=${c.id.seller}`],
      ['GET', t],
      ['PATCH', t],
      ['DELETE', t],
      ['POST', `${t}/move`],
      ['POST', `${t}/actions/start`],
      ['GET', `${t}/comments`],
      ['POST', `${t}/comments`],
      ['POST', `${t}/read`],
      ['GET', `${t}/history`],
      ['GET', `${t}/checklist`],
      ['POST', `${t}/checklist`],
      ['PATCH', `${t}/checklist/${item.id}`],
      ['DELETE', `${t}/checklist/${item.id}`],
      ['GET', `${t}/dependencies`],
      ['POST', `${t}/dependencies`],
      ['DELETE', `${t}/dependencies/x`],
      ['GET', `${t}/attachments`],
      ['POST', `${t}/attachments`],
      ['GET', `${t}/attachments/x/content`],
      ['DELETE', `${t}/attachments/x`],
    ];
  });
  afterAll(() => portal.close());

  it('answers 401 on every route without a session', async () => {
    const anon = anonymous(portal);
    for (const [method, url] of routes) {
      const res = await anon.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('never answers 5xx and never records an event for generated garbage bodies and queries', async () => {
    const writes = routes.filter(([m]) => m === 'POST' || m === 'PATCH');
    const events = await countRows(portal, 'events');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
            responsibleId: fc.oneof(fc.string(), fc.constant(null)),
            version: fc.oneof(fc.integer(), fc.string()),
            deadline: fc.string(),
            participantIds: fc.array(fc.string()),
            reason: fc.oneof(fc.string({ maxLength: 3000 }), fc.integer()),
            stageId: fc.string(),
            role: fc.string(),
            visibility: fc.string(),
          }),
        ),
        async ([method, url], body) => {
          const res = await c.as.outsider.request(method, url, JSON.stringify(body));
          expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)} → ${res.body}`).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (key, value) => {
        const url = `/api/v1/tasks?${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
        const res = await c.as.outsider.request('GET', url);
        expect(res.statusCode, `${url} → ${res.body}`).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
    for (const q of ['sort=deadline&cursor=eyJ2Ijp7fX0', 'status=done,new', 'deadlineFrom=2020-13-45', 'limit=1e3']) {
      expect((await c.as.outsider.request('GET', `/api/v1/tasks?${q}`)).statusCode).toBe(400);
    }
    expect(await countRows(portal, 'events')).toBe(events);
  });
});
