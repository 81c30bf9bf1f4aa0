import { TASK_STATUSES, type HistoryItem, type TaskListItem } from '@artel/common';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAccounts } from '../bootstrap.js';
import { toIsoOrNull } from '../db/values.js';
import { buildGanttView } from '../gantt/gantt-view.js';
import type { GanttLink, GanttTask } from '../gantt/types.js';
import { DIALECTS, startTestPortal, type Client, type TestPortal } from '../test/harness.js';
import { DEMO_PASSWORD } from './load-demo.js';

const log = pino({ level: 'silent' });
const DAY_MS = 86_400_000;

/** Every task the client may list, all pages. */
async function listTasks(client: Client, query = ''): Promise<TaskListItem[]> {
  const items: TaskListItem[] = [];
  let cursor: string | null = null;
  do {
    const res = await client.request('GET', `/api/v1/tasks?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<{ items: TaskListItem[]; nextCursor: string | null }>();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe.each(DIALECTS)('the demo company on %s', (dialect) => {
  let portal: TestPortal;
  let admin: Client;
  const loadedAt = Date.now();

  const signIn = (email: string) => portal.signIn(email, DEMO_PASSWORD);
  const userId = async (name: string) =>
    (await portal.database.db.selectFrom('users').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const projectByName = async (name: string) =>
    portal.database.db.selectFrom('projects').selectAll().where('name', '=', name).executeTakeFirstOrThrow();

  /** The at-risk tasks of a project, by title, as the scheduling core computes them from the stored work. */
  async function atRiskTitles(projectName: string): Promise<{ atRisk: string[]; scheduled: number }> {
    const db = portal.database.db;
    const project = await projectByName(projectName);
    const rows = await db.selectFrom('tasks').selectAll().where('projectId', '=', project.id).execute();
    const tasks: GanttTask[] = rows.map((r) => ({
      id: r.id,
      parentId: r.parentId,
      startDate: toIsoOrNull(r.startDate),
      endDate: toIsoOrNull(r.endDate),
      deadline: toIsoOrNull(r.deadline),
      status: r.status,
      checklistTotal: r.checklistTotal,
      checklistDone: r.checklistDone,
    }));
    const links: GanttLink[] = await db
      .selectFrom('taskDependencies')
      .select(['predecessorId', 'successorId', 'type'])
      .where(
        'successorId',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    const view = buildGanttView(tasks, links, { endDate: toIsoOrNull(project.endDate) });
    expect(view.cycles).toEqual([]);
    const titles = new Map(rows.map((r) => [r.id, r.title]));
    return {
      atRisk: [...view.atRisk].map((id) => titles.get(id)!).sort(),
      scheduled: tasks.length - view.unscheduled.length,
    };
  }

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    const logins = await bootstrapAccounts(portal.config, portal.database, log);
    expect(logins.map((l) => l.email)).toEqual(
      expect.arrayContaining(['admin@artel.demo', 'sales@artel.demo', 'designer@artel.demo']),
    );
    admin = await signIn('admin@artel.demo');
  }, 60_000);
  afterAll(() => portal.close());

  it('has the four projects of the source, each with an owner, moderators and members', async () => {
    const res = await admin.request('GET', '/api/v1/projects?limit=100');
    expect(res.statusCode, res.body).toBe(200);
    const projects = res.json<{ items: { id: string; name: string; visibility: string; endDate: string }[] }>().items;
    expect(projects.map((p) => p.name).sort()).toEqual(
      ['Внутренний учебный курс', 'Новый фирменный стиль', 'Подготовка к выставке', 'Продает каждый'].sort(),
    );
    expect(projects.find((p) => p.name === 'Новый фирменный стиль')!.visibility).toBe('closed');
    for (const p of projects) {
      const members = await admin.request('GET', `/api/v1/projects/${p.id}/members?limit=100`);
      expect(members.statusCode, members.body).toBe(200);
      const roles = members.json<{ items: { role: string }[] }>().items.map((m) => m.role);
      expect(
        roles.filter((r) => r === 'owner'),
        p.name,
      ).toHaveLength(1);
      expect(roles, p.name).toContain('moderator');
      expect(roles.filter((r) => r === 'member').length, p.name).toBeGreaterThanOrEqual(3);
      const tasks = await listTasks(admin, `&projectId=${p.id}`);
      expect(tasks.length, p.name).toBeGreaterThanOrEqual(8);
    }
  });

  it('has tasks in every status, some overdue, with checklists, subtasks and dependencies', async () => {
    const tasks = await listTasks(admin);
    expect(new Set(tasks.map((t) => t.status))).toEqual(new Set(TASK_STATUSES));
    const open = ['new', 'pending', 'in_progress'];
    const overdue = tasks.filter((t) => t.deadline && Date.parse(t.deadline) < loadedAt && open.includes(t.status));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const partlyTicked = tasks.filter((t) => t.checklist.done > 0 && t.checklist.done < t.checklist.total);
    expect(partlyTicked.length).toBeGreaterThanOrEqual(3);
    expect(tasks.filter((t) => t.subtaskCount > 0).length).toBeGreaterThanOrEqual(2);
    expect(new Set(tasks.flatMap((t) => t.tags)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(tasks.map((t) => t.priority))).toEqual(new Set(['low', 'normal', 'high']));
    const links = await portal.database.db.selectFrom('taskDependencies').select('type').execute();
    expect(new Set(links.map((l) => l.type))).toEqual(new Set(['FS', 'SS', 'FF']));
  });

  it('lays "Продает каждый" out as a dated chain from the regulations to the launch', async () => {
    const project = await projectByName('Продает каждый');
    const rows = await portal.database.db
      .selectFrom('tasks')
      .select(['title', 'startDate', 'status'])
      .where('projectId', '=', project.id)
      .execute();
    const dated = rows.filter((r) => r.startDate);
    expect(dated.length / rows.length).toBeGreaterThan(0.8);
    const done = rows.filter((r) => r.status === 'completed').length;
    expect(done).toBeGreaterThan(3);
    expect(done).toBeLessThan(rows.length);
    const launch = rows.find((r) => r.title.startsWith('Запуск'))!;
    const rules = rows.find((r) => r.title.startsWith('Разработать положение'))!;
    expect(Date.parse(String(launch.startDate))).toBeGreaterThan(loadedAt);
    expect(Date.parse(String(rules.startDate))).toBeLessThan(loadedAt - 20 * DAY_MS);
  });

  it('tells scenario 3: declined with a reason, reassigned, accepted by the designer, the manager watching', async () => {
    const designer = await signIn('designer@artel.demo');
    const mine = await listTasks(designer, '&role=responsible');
    const task = mine.find((t) => t.title.includes('Волга-Маркет'))!;
    expect(task).toBeDefined();
    expect(task.status).toBe('in_progress');
    expect(task.creator.name).toBe('Ольга Иванова');
    expect(task.responsible.name).toBe('Григорий Ершов');
    expect(task.observerIds).toContain(await userId('Вера Андреева'));
    expect(task.projectId).toBeNull();

    const history = await designer.request('GET', `/api/v1/tasks/${task.id}/history?limit=100`);
    expect(history.statusCode, history.body).toBe(200);
    const items = history.json<{ items: HistoryItem[] }>().items;
    const actions = items
      .filter((i) => i.type === 'task.status_changed')
      .map((i) => ({ ...i.changes, by: i.actor?.name }) as Record<string, unknown>);
    expect(actions.map((a) => [a.action, a.by])).toEqual([
      ['decline', 'Алина Киселёва'],
      ['reassign', 'Ольга Иванова'],
      ['accept', 'Григорий Ершов'],
      ['start', 'Григорий Ершов'],
    ]);
    expect(String(actions[0]!.reason)).toMatch(/макете выставочного стенда/);
    expect(actions[1]!.responsibleId).toEqual({
      old: await userId('Алина Киселёва'),
      new: await userId('Григорий Ершов'),
    });
    const times = items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.at(-1)!).toBeLessThan(loadedAt);

    // The salesperson sees it among the tasks she set, the manager among those she watches.
    const seller = await signIn('sales@artel.demo');
    expect((await listTasks(seller, '&role=creator')).map((t) => t.id)).toContain(task.id);
    const manager = await signIn('v.andreeva@artel.demo');
    expect((await listTasks(manager, '&role=observer')).map((t) => t.id)).toContain(task.id);
  });

  it('puts the exhibition stand chain at risk, and only that chain', async () => {
    const expo = await atRiskTitles('Подготовка к выставке');
    expect(expo.atRisk).toEqual(
      [
        'Изготовление стенда у застройщика',
        'Макет стенда и согласование с застройщиком',
        'Монтаж стенда и приёмка',
      ].sort(),
    );
    expect(expo.scheduled).toBeGreaterThan(10);
    const selling = await atRiskTitles('Продает каждый');
    expect(selling.atRisk).toEqual([]);
    expect(selling.scheduled).toBeGreaterThan(10);
  });

  it('hides the closed project and its tasks from everyone outside it', async () => {
    const brand = await projectByName('Новый фирменный стиль');
    const outsider = await signIn('i.petrov@artel.demo');
    const seen = await listTasks(outsider);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((t) => t.projectId === brand.id)).toEqual([]);
    const projects = await outsider.request('GET', '/api/v1/projects?limit=100');
    expect(projects.json<{ items: { id: string }[] }>().items.map((p) => p.id)).not.toContain(brand.id);
    // A member of the closed project does see them: the wall is the project's, not the data's.
    const member = await signIn('designer@artel.demo');
    expect((await listTasks(member)).filter((t) => t.projectId === brand.id).length).toBeGreaterThanOrEqual(8);
  });

  it('spreads its history over past weeks, so finished work accumulates week by week', async () => {
    const events = await portal.database.db
      .selectFrom('events')
      .select(['type', 'data', 'createdAt'])
      .where('entityType', '=', 'task')
      .orderBy('id')
      .execute();
    const times = events.map((e) => Date.parse(toIsoOrNull(e.createdAt)!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThan(loadedAt);
    expect(Math.min(...times)).toBeLessThan(loadedAt - 60 * DAY_MS);
    const moscowWeekdays = new Set(times.map((t) => new Date(t + 3 * 3_600_000).getUTCDay()));
    expect(moscowWeekdays.has(0) || moscowWeekdays.has(6)).toBe(false);
    const completions = events.flatMap((e, i) => {
      if (e.type !== 'task.status_changed') return [];
      const data = (typeof e.data === 'string' ? JSON.parse(e.data) : e.data) as {
        changes: { status: { new: string } };
      };
      return data.changes.status.new === 'completed' ? [times[i]!] : [];
    });
    expect(new Set(completions.map((t) => Math.floor(t / DAY_MS))).size).toBeGreaterThanOrEqual(10);
    const doneBy = (weeksAgo: number) => completions.filter((t) => t <= loadedAt - weeksAgo * 7 * DAY_MS).length;
    const weekly = [8, 6, 4, 2, 1, 0].map(doneBy);
    expect(weekly[0]).toBeGreaterThan(0);
    for (let i = 1; i < weekly.length; i++) expect(weekly[i]).toBeGreaterThan(weekly[i - 1]!);
  });

  it('loads only once: a second start leaves the company as it is', async () => {
    const count = async () => (await portal.database.db.selectFrom('tasks').select('id').execute()).length;
    const before = await count();
    expect(await bootstrapAccounts(portal.config, portal.database, log)).toEqual([]);
    expect(await count()).toBe(before);
  });
});
