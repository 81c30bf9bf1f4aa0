import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, type Company } from '../test/company.js';
import { end, start } from '../test/gantt-fixtures.js';
import { anonymous, DIALECTS, startTestPortal, type Client, type TestPortal } from '../test/harness.js';

const today = () => new Date().toISOString().slice(0, 10);

describe.each(DIALECTS)('Gantt and progress routes on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
  });
  afterAll(() => portal.close());

  const ok = async (res: Promise<{ statusCode: number; body: string; json<T = any>(): T }>, status = 200) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(status);
    return r.body ? r.json() : null;
  };
  const newProject = async (as: Client, body: Record<string, unknown>) =>
    (await ok(as.request('POST', '/api/v1/projects', { visibility: 'closed', ...body }), 201)).id as string;
  const newTask = async (as: Client, body: Record<string, unknown>) =>
    ok(as.request('POST', '/api/v1/tasks', { responsibleId: c.id.seller, ...body }), 201);
  const link = (as: Client, successorId: string, predecessorId: string, type = 'FS') =>
    as.request('POST', `/api/v1/tasks/${successorId}/dependencies`, { predecessorId, type });
  const gantt = (as: Client, projectId: string) => ok(as.request('GET', `/api/v1/projects/${projectId}/gantt`));
  const progress = (as: Client, projectId: string) => ok(as.request('GET', `/api/v1/projects/${projectId}/progress`));
  const byId = (g: { tasks: { id: string }[] }) => new Map(g.tasks.map((t) => [t.id, t as any]));

  describe('a closed project planned from day 0 to day 9', () => {
    let projectId: string;
    const t = {} as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string>;

    beforeAll(async () => {
      projectId = await newProject(c.as.seller, {
        name: 'Launch',
        memberIds: [c.id.designer],
        startDate: start(0),
        endDate: end(9),
      });
      const make = async (key: keyof typeof t, body: Record<string, unknown>) => {
        t[key] = (await newTask(c.as.seller, { title: key, projectId, ...body })).id;
      };
      await make('A', { startDate: start(0), endDate: end(2) });
      await make('B', { startDate: start(3), endDate: end(9) });
      await make('C', { startDate: start(0), endDate: end(1), deadline: end(0), responsibleId: c.id.designer });
      await make('D', {});
      await make('E', {});
      await make('F', { startDate: start(2), endDate: end(3), parentId: t.E });
      await ok(link(c.as.seller, t.B, t.A), 201);
      const item = await ok(c.as.seller.request('POST', `/api/v1/tasks/${t.A}/checklist`, { title: 'one' }), 201);
      await ok(c.as.seller.request('POST', `/api/v1/tasks/${t.A}/checklist`, { title: 'two' }), 201);
      await ok(c.as.seller.request('PATCH', `/api/v1/tasks/${t.A}/checklist/${item.id}`, { done: true }));
    });

    it('answers every task with its schedule: critical path, slack, at risk, roll-up, progress', async () => {
      const g = await gantt(c.as.seller, projectId);
      expect(g.tasks.map((x: { title: string }) => x.title)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
      const tasks = byId(g);
      expect(tasks.get(t.A)).toEqual({
        id: t.A,
        title: 'A',
        parentId: null,
        startDate: start(0),
        endDate: end(2),
        deadline: null,
        status: 'pending',
        progress: 50,
        responsibleId: c.id.seller,
        critical: true,
        slackDays: 0,
        atRisk: false,
        plannedStartDate: start(0),
        plannedEndDate: end(2),
        scheduled: true,
        subtaskCount: 0,
        canEdit: true,
      });
      expect(tasks.get(t.B)).toMatchObject({ critical: true, slackDays: 0, atRisk: false, progress: 0 });
      // C may slip 8 days before the project's end, but it already misses its own deadline.
      expect(tasks.get(t.C)).toMatchObject({
        critical: false,
        slackDays: 8,
        atRisk: true,
        status: 'new',
        responsibleId: c.id.designer,
        deadline: end(0),
      });
      expect(tasks.get(t.D)).toMatchObject({
        startDate: null,
        endDate: null,
        critical: false,
        slackDays: null,
        scheduled: false,
        atRisk: false,
      });
      // The parent spans its subtask.
      expect(tasks.get(t.E)).toMatchObject({
        startDate: start(2),
        endDate: end(3),
        plannedStartDate: null,
        plannedEndDate: null,
        slackDays: 6,
        subtaskCount: 1,
      });
      expect(tasks.get(t.F)).toMatchObject({ parentId: t.E, slackDays: 6, critical: false });
      expect(g.links).toEqual([{ id: expect.any(String), fromId: t.A, toId: t.B, type: 'FS' }]);
      expect(g.project).toEqual({
        id: projectId,
        name: 'Launch',
        startDate: start(0),
        endDate: end(9),
        finishDate: end(9),
        version: 1,
      });
      expect(g.people.map((p: { name: string }) => p.name).sort()).toEqual(['designer', 'seller']);
      expect(g.cycles).toEqual([]);
    });

    it('tells a member which tasks they may edit, as the task itself does', async () => {
      const own = (await newTask(c.as.designer, { title: 'mine', projectId, responsibleId: c.id.designer })).id;
      const g = byId(await gantt(c.as.designer, projectId));
      for (const id of [t.A, t.C, own]) {
        const task = await ok(c.as.designer.request('GET', `/api/v1/tasks/${id}`));
        expect(g.get(id).canEdit).toBe(task.abilities.edit);
      }
      expect(g.get(own).canEdit).toBe(true);
      expect(g.get(t.A).canEdit).toBe(false);
      await ok(c.as.designer.request('DELETE', `/api/v1/tasks/${own}`), 204);
    });

    it('counts the dashboard figures', async () => {
      const p = await progress(c.as.seller, projectId);
      // Leaves A (3 days, half done), B (7), C (2), D (1, no dates), F (2): 150 / 15 = 10 %.
      expect(p).toMatchObject({ total: 6, completed: 0, inProgress: 0, overdue: 1, atRisk: 1, percent: 10 });
      expect(p.nextDeadlines).toEqual([
        {
          id: t.C,
          title: 'C',
          deadline: end(0),
          status: 'new',
          responsibleId: c.id.designer,
          overdue: true,
        },
      ]);
      expect(p.workload).toEqual([
        { user: expect.objectContaining({ id: c.id.seller, name: 'seller' }), open: 5, overdue: 0 },
        { user: expect.objectContaining({ id: c.id.designer, name: 'designer' }), open: 1, overdue: 1 },
      ]);
      expect(p.burndown[0]).toEqual({ date: start(0).slice(0, 10), remaining: 0, total: 0 });
      expect(p.burndown.at(-1)).toEqual({ date: today(), remaining: 6, total: 6 });
    });

    it('shows a closed task on the next read of both, with no other action', async () => {
      await ok(c.as.seller.request('POST', `/api/v1/tasks/${t.B}/actions/start`, {}));
      expect(await progress(c.as.seller, projectId)).toMatchObject({ inProgress: 1, completed: 0, percent: 10 });
      await ok(c.as.seller.request('POST', `/api/v1/tasks/${t.B}/actions/complete`, {}));
      const p = await progress(c.as.seller, projectId);
      // B's 7 days are done: (150 + 700) / 15 = 56.7 %.
      expect(p).toMatchObject({ total: 6, completed: 1, inProgress: 0, percent: 57 });
      expect(p.burndown.at(-1)).toEqual({ date: today(), remaining: 5, total: 6 });
      expect(byId(await gantt(c.as.seller, projectId)).get(t.B)).toMatchObject({ status: 'completed', progress: 100 });
    });

    it('is 404 to a non-member of the closed project, and for an unknown id; 401 anonymous', async () => {
      for (const path of ['gantt', 'progress']) {
        expect((await c.as.outsider.request('GET', `/api/v1/projects/${projectId}/${path}`)).statusCode).toBe(404);
        // Even the responsible person of one of its tasks, not being a member, does not see the project.
        expect((await c.as.boss.request('GET', `/api/v1/projects/${projectId}/${path}`)).statusCode).toBe(404);
        expect(
          (await c.as.seller.request('GET', `/api/v1/projects/0190aaaa-0000-7000-8000-000000000000/${path}`))
            .statusCode,
        ).toBe(404);
        expect((await anonymous(portal).request('GET', `/api/v1/projects/${projectId}/${path}`)).statusCode).toBe(401);
        expect((await c.as.admin.request('GET', `/api/v1/projects/${projectId}/${path}`)).statusCode).toBe(200);
        expect((await c.as.designer.request('GET', `/api/v1/projects/${projectId}/${path}`)).statusCode).toBe(200);
      }
    });
  });

  it('shows an open project to every employee, measured against the latest finish without an end date', async () => {
    const projectId = await newProject(c.as.seller, { name: 'Open', visibility: 'open' });
    const a = await newTask(c.as.seller, { title: 'a', projectId, startDate: start(0), endDate: end(4) });
    const b = await newTask(c.as.seller, { title: 'b', projectId, startDate: start(0), endDate: end(1) });
    const g = await gantt(c.as.outsider, projectId);
    expect(g.project.finishDate).toBe(`${end(4).slice(0, 10)}T00:00:00.000Z`);
    const tasks = byId(g);
    expect(tasks.get(a.id)).toMatchObject({ critical: true, slackDays: 0, canEdit: false });
    expect(tasks.get(b.id)).toMatchObject({ critical: false, slackDays: 3 });
  });

  it('keeps to the project: a parent or a predecessor in another project is not on its chart', async () => {
    const here = await newProject(c.as.seller, { name: 'Here', visibility: 'open' });
    const there = await newProject(c.as.seller, { name: 'There', visibility: 'open' });
    const outside = await newTask(c.as.seller, {
      title: 'outside',
      projectId: there,
      startDate: start(0),
      endDate: end(9),
    });
    const child = await newTask(c.as.seller, {
      title: 'child',
      projectId: here,
      parentId: outside.id,
      startDate: start(0),
      endDate: end(1),
    });
    const next = await newTask(c.as.seller, { title: 'next', projectId: here, startDate: start(2), endDate: end(3) });
    await ok(link(c.as.seller, next.id, child.id), 201);
    await ok(link(c.as.seller, next.id, outside.id), 201);
    const g = await gantt(c.as.seller, here);
    expect(g.tasks.map((t: { id: string; parentId: string | null }) => [t.id, t.parentId])).toEqual([
      [child.id, null],
      [next.id, null],
    ]);
    expect(g.links.map((l: { fromId: string; toId: string }) => [l.fromId, l.toId])).toEqual([[child.id, next.id]]);
    expect(byId(await gantt(c.as.seller, there)).get(outside.id)).toMatchObject({ subtaskCount: 0 });
  });

  it('draws the burndown from the event log: creation, completion, reopening, moves and deletion', async () => {
    const projectId = await newProject(c.as.seller, { name: 'History', startDate: start(0) });
    const other = await newProject(c.as.seller, { name: 'Elsewhere' });
    const tasks = [];
    for (const title of ['one', 'two', 'three', 'four'])
      tasks.push((await newTask(c.as.seller, { title, projectId })).id);
    const [one, two, three, four] = tasks as [string, string, string, string];
    const act = (id: string, action: string) =>
      ok(c.as.seller.request('POST', `/api/v1/tasks/${id}/actions/${action}`, {}));
    await act(one, 'start');
    await act(one, 'complete');
    await act(two, 'start');
    await act(two, 'complete');
    await act(two, 'renew');
    const version = (await ok(c.as.seller.request('GET', `/api/v1/tasks/${three}`))).version;
    await ok(c.as.seller.request('PATCH', `/api/v1/tasks/${three}`, { projectId: other, version }));
    await ok(c.as.seller.request('DELETE', `/api/v1/tasks/${four}`), 204);
    // Back-date the log: each step happened on its own day, from day 1 on.
    const db = portal.database.db;
    const rows = await db
      .selectFrom('events')
      .select(['id', 'type', 'entityId'])
      .where('entityId', 'in', tasks)
      .where('type', 'in', ['task.created', 'task.status_changed', 'task.updated', 'task.deleted'])
      .orderBy('id')
      .execute();
    const day = (d: number) => `2026-03-${String(2 + d).padStart(2, '0')}`;
    // Created on day 1; "one" completed on day 2; "two" completed day 3, reopened day 4;
    // "three" moved out on day 5; "four" deleted on day 6.
    let statusChanges = 0;
    for (const r of rows) {
      let d = 1;
      if (r.type === 'task.status_changed') d = [2, 2, 3, 3, 4][statusChanges++]!;
      if (r.type === 'task.updated') d = 5;
      if (r.type === 'task.deleted') d = 6;
      const at = new Date(`${day(d)}T10:00:00.000Z`);
      await db
        .updateTable('events')
        .set({ createdAt: (dialect === 'postgres' ? at : at.toISOString()) as string })
        .where('id', '=', r.id)
        .execute();
    }
    const p = await progress(c.as.seller, projectId);
    const at = (d: number) => p.burndown.find((x: { date: string }) => x.date === day(d));
    expect(p.burndown[0]).toEqual({ date: day(0), remaining: 0, total: 0 });
    expect(at(1)).toEqual({ date: day(1), remaining: 4, total: 4 });
    expect(at(2)).toEqual({ date: day(2), remaining: 3, total: 4 });
    expect(at(3)).toEqual({ date: day(3), remaining: 2, total: 4 });
    expect(at(4)).toEqual({ date: day(4), remaining: 3, total: 4 });
    expect(at(5)).toEqual({ date: day(5), remaining: 2, total: 3 });
    expect(at(6)).toEqual({ date: day(6), remaining: 1, total: 2 });
    expect(p.burndown.at(-1)).toEqual({ date: today(), remaining: 1, total: 2 });
    expect(p).toMatchObject({ total: 2, completed: 1 });
  });
});
