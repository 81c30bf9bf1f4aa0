import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../db/ids.js';
import { createCompany, type Company } from '../test/company.js';
import { end, start } from '../test/gantt-fixtures.js';
import { DIALECTS, startTestPortal, type Client, type TestPortal } from '../test/harness.js';

type Reply = { statusCode: number; body: string; json<T = any>(): T };

describe.each(DIALECTS)('moving a task through PATCH on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
  });
  afterAll(() => portal.close());

  const ok = async (res: Promise<Reply>, status = 200) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(status);
    return r.body ? r.json() : null;
  };
  const newTask = async (as: Client, body: Record<string, unknown>) =>
    ok(as.request('POST', '/api/v1/tasks', { responsibleId: c.id.seller, ...body }), 201);
  const read = (as: Client, id: string) => ok(as.request('GET', `/api/v1/tasks/${id}`));
  const link = (as: Client, successorId: string, predecessorId: string, type: string) =>
    ok(as.request('POST', `/api/v1/tasks/${successorId}/dependencies`, { predecessorId, type }), 201);
  const move = async (as: Client, id: string, from: number, to: number, version?: number) =>
    as.request('PATCH', `/api/v1/tasks/${id}`, {
      startDate: start(from),
      endDate: end(to),
      version: version ?? (await read(as, id)).version,
    });
  const history = async (id: string) => (await ok(c.as.seller.request('GET', `/api/v1/tasks/${id}/history`))).items;

  describe('a task with a dependant of every link type', () => {
    let projectId: string;
    const t = {} as Record<'M' | 'FS' | 'SS' | 'FF' | 'SF' | 'next' | 'far', string>;

    beforeAll(async () => {
      projectId = (
        await ok(
          c.as.seller.request('POST', '/api/v1/projects', {
            name: 'Moves',
            visibility: 'closed',
            memberIds: [c.id.designer],
          }),
          201,
        )
      ).id;
      const make = async (key: keyof typeof t, from: number, to: number) => {
        t[key] = (await newTask(c.as.seller, { title: key, projectId, startDate: start(from), endDate: end(to) })).id;
      };
      await make('M', 0, 1);
      await make('FS', 2, 3);
      await make('SS', 1, 2);
      await make('FF', 0, 2);
      await make('SF', 0, 0);
      await make('next', 4, 4);
      await make('far', 20, 21);
      await link(c.as.seller, t.FS, t.M, 'FS');
      await link(c.as.seller, t.SS, t.M, 'SS');
      await link(c.as.seller, t.FF, t.M, 'FF');
      await link(c.as.seller, t.SF, t.M, 'SF');
      await link(c.as.seller, t.next, t.FS, 'FS');
      await link(c.as.seller, t.far, t.M, 'FS');
    });

    it('refuses a move by a member who may not edit the task, and a stale version', async () => {
      const before = await read(c.as.seller, t.M);
      const refused = await move(c.as.designer, t.M, 3, 4, before.version);
      expect(refused.statusCode).toBe(403);
      const stale = await move(c.as.seller, t.M, 3, 4, before.version - 1);
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('stale_version');
      expect(await read(c.as.seller, t.FS)).toMatchObject({ startDate: start(2), version: 1 });
    });

    it('pushes each dependant as far as its link requires, transitively, never the one with room', async () => {
      const versions = new Map<string, number>();
      for (const id of Object.values(t)) versions.set(id, (await read(c.as.seller, id)).version);
      const moved = await ok(move(c.as.seller, t.M, 3, 4));
      expect(moved).toMatchObject({ id: t.M, startDate: start(3), endDate: end(4), version: versions.get(t.M)! + 1 });
      const expected = {
        // FS: starts after M ends (day 5); SS: starts with M (day 3); FF: ends with M (day 4);
        // SF: ends once M has started (day 3); next waits on FS (day 7).
        FS: [5, 6],
        SS: [3, 4],
        FF: [2, 4],
        SF: [2, 2],
        next: [7, 7],
      } as const;
      expect(moved.shifted).toHaveLength(5);
      for (const [key, [from, to]] of Object.entries(expected)) {
        const id = t[key as keyof typeof t];
        const shifted = moved.shifted.find((s: { id: string }) => s.id === id);
        expect(shifted, key).toEqual({ id, startDate: start(from), endDate: end(to), version: versions.get(id)! + 1 });
        expect(await read(c.as.seller, id), key).toMatchObject({
          startDate: start(from),
          endDate: end(to),
          version: versions.get(id)! + 1,
        });
        const last = (await history(id)).at(-1);
        expect(last, key).toMatchObject({
          type: 'task.updated',
          actorId: c.id.seller,
          changes: {
            startDate: { old: expect.any(String), new: start(from) },
            endDate: { old: expect.any(String), new: end(to) },
          },
        });
      }
      expect(await read(c.as.seller, t.far)).toMatchObject({ startDate: start(20), version: versions.get(t.far) });
      // The Gantt shows the new plan at once.
      const g = await ok(c.as.seller.request('GET', `/api/v1/projects/${projectId}/gantt`));
      expect(g.tasks.find((x: { id: string }) => x.id === t.next)).toMatchObject({ startDate: start(7) });
    });

    it('never pulls dependants back when a task moves earlier', async () => {
      const fs = await read(c.as.seller, t.FS);
      const moved = await ok(move(c.as.seller, t.M, 0, 0));
      expect(moved.shifted).toBeUndefined();
      expect(await read(c.as.seller, t.FS)).toMatchObject({ startDate: fs.startDate, version: fs.version });
    });

    it('writes the shifts in the same transaction as the move: a refused move shifts nothing', async () => {
      const eventsBefore = await portal.database.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const res = await c.as.seller.request('PATCH', `/api/v1/tasks/${t.M}`, {
        startDate: start(10),
        endDate: end(8),
        version: (await read(c.as.seller, t.M)).version,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('endDate');
      const eventsAfter = await portal.database.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(eventsAfter.n)).toBe(Number(eventsBefore.n));
    });
  });

  it('shifts a dependant the mover may not edit or even see, and does not name it in the answer', async () => {
    // The seller sets M for the designer; the designer plans S after it. The seller cannot see S.
    const m = await newTask(c.as.seller, {
      title: 'brief',
      responsibleId: c.id.designer,
      startDate: start(0),
      endDate: end(0),
    });
    const s = await newTask(c.as.designer, {
      title: 'layout',
      responsibleId: c.id.designer,
      startDate: start(1),
      endDate: end(2),
    });
    await link(c.as.designer, s.id, m.id, 'FS');
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${s.id}`)).statusCode).toBe(404);
    const moved = await ok(move(c.as.seller, m.id, 2, 2));
    expect(moved.shifted).toEqual([]);
    const after = await read(c.as.designer, s.id);
    expect(after).toMatchObject({ startDate: start(3), endDate: end(4), version: s.version + 1 });
    const last = (await ok(c.as.designer.request('GET', `/api/v1/tasks/${s.id}/history`))).items.at(-1);
    expect(last).toMatchObject({ type: 'task.updated', actorId: c.id.seller });
  });

  it('refuses a link that would close a cycle with 409', async () => {
    const a = await newTask(c.as.seller, { title: 'a', startDate: start(0), endDate: end(0) });
    const b = await newTask(c.as.seller, { title: 'b', startDate: start(1), endDate: end(1) });
    const cc = await newTask(c.as.seller, { title: 'c', startDate: start(2), endDate: end(2) });
    await link(c.as.seller, b.id, a.id, 'FS');
    await link(c.as.seller, cc.id, b.id, 'SS');
    const res = await c.as.seller.request('POST', `/api/v1/tasks/${a.id}/dependencies`, {
      predecessorId: cc.id,
      type: 'FF',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('dependency_cycle');
  });

  it('refuses to move a task whose links loop back to it (a cycle already stored) with 409', async () => {
    const a = await newTask(c.as.seller, { title: 'loop a', startDate: start(0), endDate: end(0) });
    const b = await newTask(c.as.seller, { title: 'loop b', startDate: start(1), endDate: end(1) });
    await link(c.as.seller, b.id, a.id, 'FS');
    // Written past the API, as an import could: b → a closes the loop.
    await portal.database.db
      .insertInto('taskDependencies')
      .values({ id: newId(), predecessorId: b.id, successorId: a.id, type: 'FS', createdAt: new Date().toISOString() })
      .execute();
    const res = await move(c.as.seller, a.id, 5, 5);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('dependency_cycle');
    expect(await read(c.as.seller, a.id)).toMatchObject({ startDate: start(0), version: a.version });
    expect(await read(c.as.seller, b.id)).toMatchObject({ startDate: start(1) });
  });
});
