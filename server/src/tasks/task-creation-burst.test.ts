import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, type Company } from '../test/company.js';
import { DIALECTS, startTestPortal, type TestPortal } from '../test/harness.js';

describe.each(DIALECTS)('a burst of task creations on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
  });
  afterAll(() => portal.close());

  it('answers every request on its own: the valid ones are stored with their events, the others get their 400', async () => {
    const unknownId = '01a2260c-0000-7000-8000-000000000000';
    const bodies = Array.from({ length: 24 }, (_, i) =>
      i % 6 === 5
        ? { title: `Burst ${i}`, responsibleId: c.id.designer, participantIds: [unknownId] }
        : { title: `Burst ${i}`, responsibleId: c.id.designer, tags: ['burst'] },
    );
    // All in flight at once, as from many browsers: on SQLite they share commits.
    const replies = await Promise.all(bodies.map((body) => c.as.seller.request('POST', '/api/v1/tasks', body)));

    const created = replies.filter((r) => r.statusCode === 201).map((r) => r.json() as { id: string; title: string });
    const refused = replies.filter((r) => r.statusCode === 400);
    expect(created).toHaveLength(20);
    expect(refused).toHaveLength(4);
    for (const r of refused) expect(r.json().error.message).toContain(`participantIds: no active user ${unknownId}`);
    // Each answer is its own task, with the title its request sent.
    replies.forEach((r, i) => {
      if (r.statusCode === 201) expect(r.json().title).toBe(`Burst ${i}`);
    });
    expect(new Set(created.map((t) => t.id)).size).toBe(20);

    const stored = await portal.database.db
      .selectFrom('tasks')
      .select('id')
      .where('title', 'like', 'Burst %')
      .execute();
    expect(stored.map((t) => t.id).sort()).toEqual(created.map((t) => t.id).sort());
    const events = await portal.database.db
      .selectFrom('events')
      .select('entityId')
      .where('type', '=', 'task.created')
      .where(
        'entityId',
        'in',
        created.map((t) => t.id),
      )
      .execute();
    expect(events).toHaveLength(20);
    const tags = await portal.database.db.selectFrom('taskTags').select('taskId').where('tag', '=', 'burst').execute();
    expect(tags).toHaveLength(20);
  });
});
