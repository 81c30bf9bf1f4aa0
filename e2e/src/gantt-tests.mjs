// The project Gantt chart and overview: a small project set up through the API, then edited by
// dragging on the chart as a project manager would.
import { readFile } from 'node:fs/promises';
import {
  ADMIN_EMAIL,
  DEMO_PASSWORD,
  assert,
  assertNoPageErrors,
  eventually,
  openPage,
  seeText,
  shot,
  signIn,
} from './helpers.mjs';

const DAY_MS = 86_400_000;

/** A signed-in API client for the suite's own data (the cookie session, with the same-origin header). */
export async function apiClient(baseUrl, email = ADMIN_EMAIL) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200, 'signed in through the API');
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async (method, path, body) => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { Cookie: cookie, Origin: baseUrl, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

/** Midnight UTC `offset` days from today, as an ISO instant. */
function day(offset) {
  const today = Math.floor(Date.now() / DAY_MS);
  return new Date((today + offset) * DAY_MS).toISOString();
}

/** The UTC day number of an ISO instant. */
const dayNumber = (iso) => Math.floor(Date.parse(iso) / DAY_MS);

/**
 * A website launch: specification → design → (layout ‖ content) → launch, linked finish-to-start,
 * with layout and content under a parent task, a press release not linked to anything, and a
 * training without dates. The project ends on the launch day, so spec → design → layout → launch is
 * the critical path and content has slack.
 */
export async function createProject(call, name) {
  const me = await call('GET', '/me');
  const project = await call('POST', '/projects', {
    name,
    visibility: 'open',
    startDate: day(-4),
    endDate: day(14),
  });
  const task = (title, start, end, extra = {}) =>
    call('POST', '/tasks', {
      title,
      responsibleId: me.id,
      projectId: project.id,
      ...(start === null ? {} : { startDate: day(start), endDate: day(end) }),
      ...extra,
    });
  const spec = await task('Техническое задание', -4, -2);
  const design = await task('Дизайн макетов', -1, 3);
  const build = await task('Разработка', null, null);
  const layout = await task('Вёрстка страниц', 4, 9, { parentId: build.id });
  const content = await task('Наполнение контентом', 4, 6, { parentId: build.id });
  const launch = await task('Запуск сайта', 10, 14, { deadline: day(14) });
  const press = await task('Пресс-релиз', 11, 12);
  const training = await task('Обучение менеджеров', null, null, { deadline: day(20) });
  const manual = await task('Инструкция для поддержки', null, null);
  const link = (from, to) => call('POST', `/tasks/${to.id}/dependencies`, { predecessorId: from.id, type: 'FS' });
  await link(spec, design);
  await link(design, layout);
  await link(design, content);
  await link(layout, launch);
  await link(content, launch);
  await call('POST', `/tasks/${spec.id}/actions/start`, {}).catch(() => {});
  await call('POST', `/tasks/${spec.id}/actions/complete`, {}).catch(() => {});
  return { project, spec, design, build, layout, content, launch, press, training, manual };
}

/** The bar of a task on the chart. */
const bar = (page, id) => page.locator(`[data-testid="gantt-bar"][data-task-id="${id}"]`);

/** Drags from one point to another in small steps, as a hand would. */
async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function bodyBox(page, id) {
  await bar(page, id).scrollIntoViewIfNeeded();
  const box = await bar(page, id).locator('[data-role="body"]').first().boundingBox();
  assert.ok(box, `bar ${id} is on screen`);
  return box;
}

async function withPage(env, body) {
  const { context, page, errors } = await openPage(env.browser);
  try {
    await body(page);
    assertNoPageErrors(errors);
  } finally {
    await context.close();
  }
}

/** @type {{ name: string, run: (env: { browser: import('playwright-core').Browser, baseUrl: string, screenshotsDir: string }) => Promise<void> }[]} */
export const ganttTests = [
  {
    name: 'gantt: the demo projects — a dragged bar pushing its successor, the exhibition at risk and its critical path',
    run: (env) =>
      withPage(env, async (page) => {
        // The marketing head owns «Продает каждый» and moderates the exhibition in the demo company.
        const OWNER = 'marketing@artel.demo';
        const call = await apiClient(env.baseUrl, OWNER);
        const { items } = await call('GET', '/projects?limit=100');
        const selling = items.find((p) => p.name === 'Продает каждый');
        const exhibition = items.find((p) => p.name === 'Подготовка к выставке');
        assert.ok(selling && exhibition, 'the demo projects exist');
        const chart = await call('GET', `/projects/${selling.id}/gantt`);
        const byId = new Map(chart.tasks.map((t) => [t.id, t]));
        // A finish-to-start link whose first task the owner may drag: moving it later than the
        // gap before its successor must push the successor.
        const gap = (l) => dayNumber(byId.get(l.toId).startDate) - dayNumber(byId.get(l.fromId).endDate);
        const link = chart.links
          .filter((l) => {
            const from = byId.get(l.fromId);
            const to = byId.get(l.toId);
            return (
              l.type === 'FS' &&
              from?.canEdit &&
              from.subtaskCount === 0 &&
              from.status !== 'completed' &&
              from.startDate &&
              from.endDate &&
              to?.startDate &&
              to.status !== 'completed'
            );
          })
          .sort((a, b) => gap(a) - gap(b))[0];
        assert.ok(link && gap(link) <= 6, 'the demo chain has a draggable finish-to-start link');
        const shiftDays = Math.max(gap(link), 0) + 2;
        const successorBefore = dayNumber(byId.get(link.toId).startDate);

        await signIn(page, env.baseUrl, OWNER);
        await page.goto(`${env.baseUrl}/projects`);
        await page.getByText('Продает каждый', { exact: true }).first().click();
        await page.waitForURL(/\/overview$/);
        await seeText(page, 'Сгорание задач');
        await page.getByRole('tab', { name: 'Диаграмма Ганта' }).click();
        await page.waitForURL(/\/gantt$/);
        await bar(page, link.fromId).waitFor();
        // Every dated task of the project is drawn (the chart holds the rows on screen).
        assert.ok((await page.locator('[data-testid="gantt-bar"]').count()) >= 10, 'the demo tasks are drawn');
        await page.getByText('Дни', { exact: true }).click();
        const box = await bodyBox(page, link.fromId);
        const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        await drag(page, middle, { x: middle.x + shiftDays * 34, y: middle.y });
        await eventually(
          async () => dayNumber((await call('GET', `/tasks/${link.toId}`)).startDate) > successorBefore,
          true,
          'the successor was pushed later',
        );
        await shot(page, env.screenshotsDir, 'desktop-gantt-demo');

        // The exhibition's stand chain runs past its deadline: the overview and the chart say so.
        const progress = await call('GET', `/projects/${exhibition.id}/progress`);
        assert.ok(progress.atRisk >= 3, `the stand chain is at risk (${progress.atRisk})`);
        await page.goto(`${env.baseUrl}/projects/${exhibition.id}/gantt`);
        await eventually(
          async () => (await page.locator('[data-testid="gantt-bar"][data-at-risk="true"]').count()) >= 3,
          true,
          'at-risk bars are marked',
        );
        // The exhibition's last days decide its finish: that chain is drawn as the critical path.
        const criticalIds = (await call('GET', `/projects/${exhibition.id}/gantt`)).tasks
          .filter((t) => t.critical)
          .map((t) => t.id);
        assert.ok(criticalIds.length > 0, 'the exhibition has a critical path');
        assert.equal(await bar(page, criticalIds[0]).getAttribute('data-critical'), 'true', 'drawn as critical');
        await shot(page, env.screenshotsDir, 'desktop-gantt-exhibition');
      }),
  },
  {
    name: 'gantt: dragging a bar moves its dependants, the critical path is marked, a bar resizes',
    run: (env) =>
      withPage(env, async (page) => {
        const call = await apiClient(env.baseUrl);
        const t = await createProject(call, 'Запуск сайта');
        await signIn(page, env.baseUrl);
        await page.goto(`${env.baseUrl}/projects/${t.project.id}/gantt`);
        await bar(page, t.launch.id).waitFor();
        await seeText(page, 'Запуск сайта');
        await seeText(page.getByTestId('gantt-legend'), 'Критический путь');

        // The chain that decides the finish is critical; content, with slack, is not.
        for (const id of [t.design.id, t.layout.id, t.launch.id]) {
          assert.equal(await bar(page, id).getAttribute('data-critical'), 'true', `task ${id} is critical`);
        }
        assert.equal(await bar(page, t.content.id).getAttribute('data-critical'), null, 'content has slack');
        assert.ok((await page.getByTestId('gantt-link').count()) >= 5, 'the five links are drawn');
        // The parent spans its subtasks; the undated training waits aside.
        const parent = await bar(page, t.build.id).getAttribute('data-start');
        assert.equal(Number(parent), dayNumber(day(4)), 'the parent starts with its first subtask');
        await seeText(page.getByTestId('gantt-unscheduled'), 'Обучение менеджеров');
        await shot(page, env.screenshotsDir, 'desktop-gantt');

        // The whole chart exported as a PNG picture.
        const downloading = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Скачать PNG' }).click();
        const download = await downloading;
        assert.equal(download.suggestedFilename(), 'Запуск сайта.png');
        const png = await readFile(await download.path());
        assert.equal(png.subarray(1, 4).toString(), 'PNG', 'a PNG file');
        assert.ok(png.length > 10_000, `a picture with the chart in it (${png.length} bytes)`);

        // Day scale, then drag "design" two days later: layout, content and launch follow.
        await page.getByText('Дни', { exact: true }).click();
        await bar(page, t.design.id).waitFor();
        const box = await bodyBox(page, t.design.id);
        const dayWidth = 34;
        const layoutBefore = Number(await bar(page, t.layout.id).getAttribute('data-start'));
        await drag(
          page,
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
          {
            x: box.x + box.width / 2 + 2 * dayWidth,
            y: box.y + box.height / 2,
          },
        );
        await eventually(
          async () => Number(await bar(page, t.layout.id).getAttribute('data-start')),
          layoutBefore + 2,
          'the dependant bar moved two days on the chart',
        );
        const design = await call('GET', `/tasks/${t.design.id}`);
        const layout = await call('GET', `/tasks/${t.layout.id}`);
        const launch = await call('GET', `/tasks/${t.launch.id}`);
        assert.equal(dayNumber(design.startDate), dayNumber(day(1)), 'design saved two days later');
        assert.equal(dayNumber(layout.startDate), dayNumber(day(6)), 'layout pushed after design');
        assert.equal(dayNumber(launch.startDate), dayNumber(day(12)), 'launch pushed after layout');
        await seeText(page, /сдвинуты 3 зависимые задачи|сдвинуто|зависим/);
        // Launch now ends after the project's end: it and its chain are at risk.
        await eventually(
          async () => await bar(page, t.launch.id).getAttribute('data-at-risk'),
          'true',
          'launch at risk',
        );
        await shot(page, env.screenshotsDir, 'desktop-gantt-moved');

        // Stretch the press release by two days from its right edge.
        const press = await bodyBox(page, t.press.id);
        await page.mouse.move(press.x + press.width / 2, press.y + press.height / 2);
        await drag(
          page,
          { x: press.x + press.width - 1, y: press.y + press.height / 2 },
          {
            x: press.x + press.width - 1 + 2 * dayWidth,
            y: press.y + press.height / 2,
          },
        );
        await eventually(
          async () => dayNumber((await call('GET', `/tasks/${t.press.id}`)).endDate),
          dayNumber(day(14)),
          'the press release now ends two days later',
        );
        const pressTask = await call('GET', `/tasks/${t.press.id}`);
        assert.equal(dayNumber(pressTask.startDate), dayNumber(day(11)), 'its start stayed');
      }),
  },
  {
    name: 'gantt: drawing links, a refused loop, planning an undated task, the overview with its burndown',
    run: (env) =>
      withPage(env, async (page) => {
        const call = await apiClient(env.baseUrl);
        const t = await createProject(call, 'Переезд офиса');
        await signIn(page, env.baseUrl);
        await page.goto(`${env.baseUrl}/projects/${t.project.id}/gantt`);
        await bar(page, t.press.id).waitFor();
        const links = await page.getByTestId('gantt-link').count();

        // From the launch's finish dot to the press release's start: a finish-to-start link.
        const launch = await bodyBox(page, t.launch.id);
        const press = await bodyBox(page, t.press.id);
        await page.mouse.move(launch.x + launch.width / 2, launch.y + launch.height / 2);
        await drag(
          page,
          { x: launch.x + launch.width + 9, y: launch.y + launch.height / 2 },
          {
            x: press.x + 3,
            y: press.y + press.height / 2,
          },
        );
        const dialog = page.getByRole('dialog', { name: 'Новая связь' });
        await dialog.waitFor();
        assert.equal(await dialog.getByLabel(/^FS/).isChecked(), true, 'finish-to-start preselected');
        await shot(page, env.screenshotsDir, 'desktop-gantt-link');
        await dialog.getByRole('button', { name: 'Создать связь' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await eventually(async () => await page.getByTestId('gantt-link').count(), links + 1, 'the new arrow is drawn');
        const deps = await call('GET', `/tasks/${t.press.id}/dependencies`);
        assert.ok(
          deps.items.some((d) => d.predecessorId === t.launch.id && d.type === 'FS'),
          'the link was saved as finish-to-start',
        );

        // Linking the launch back to the specification would close a loop: refused, clearly.
        const spec = await bodyBox(page, t.spec.id);
        const launchNow = await bodyBox(page, t.launch.id);
        await page.mouse.move(launchNow.x + launchNow.width / 2, launchNow.y + launchNow.height / 2);
        await drag(
          page,
          { x: launchNow.x + launchNow.width + 9, y: launchNow.y + launchNow.height / 2 },
          {
            x: spec.x + 3,
            y: spec.y + spec.height / 2,
          },
        );
        await dialog.waitFor();
        await dialog.getByRole('button', { name: 'Создать связь' }).click();
        await seeText(page, 'Такая связь замкнёт круг');
        await shot(page, env.screenshotsDir, 'desktop-gantt-cycle');
        await dialog.getByRole('button', { name: 'Отмена' }).click();

        // The training has no dates: planning it from today puts it on the chart.
        await page
          .getByTestId('gantt-unscheduled')
          .getByRole('button', { name: 'Запланировать «Обучение менеджеров» с сегодняшнего дня' })
          .click();
        await bar(page, t.training.id).waitFor();
        await eventually(
          async () => (await call('GET', `/tasks/${t.training.id}`)).startDate !== null,
          true,
          'the training was saved with dates',
        );
        const training = await call('GET', `/tasks/${t.training.id}`);
        assert.equal(dayNumber(training.startDate), dayNumber(day(0)), 'planned from today');
        assert.equal(dayNumber(training.endDate), dayNumber(day(2)), 'for three days');

        // The support manual is dragged from the list onto the press release's first day.
        const pressDay = Number(await bar(page, t.press.id).getAttribute('data-start'));
        const pressBox = await bodyBox(page, t.press.id);
        const chartBox = await page.getByTestId('gantt-chart').boundingBox();
        await page
          .getByTestId('gantt-unscheduled-task')
          .filter({ hasText: 'Инструкция для поддержки' })
          .dragTo(page.getByTestId('gantt-chart'), {
            targetPosition: { x: pressBox.x - chartBox.x + 4, y: pressBox.y - chartBox.y + 40 },
          });
        await bar(page, t.manual.id).waitFor();
        await page.getByTestId('gantt-unscheduled').waitFor({ state: 'detached' });
        const manual = await call('GET', `/tasks/${t.manual.id}`);
        assert.equal(dayNumber(manual.startDate), pressDay, 'planned from the day it was dropped on');

        // The overview: counts, percent done, burndown, next deadlines and who carries the work.
        await page.getByRole('tab', { name: 'Обзор' }).click();
        await page.waitForURL(/\/overview$/);
        await page.getByTestId('burndown-remaining').waitFor();
        await page.getByTestId('burndown-ideal').waitFor();
        await seeText(page.getByTestId('stat-completed'), '1');
        await seeText(page.getByTestId('next-deadlines'), 'Запуск сайта');
        await seeText(page.getByTestId('workload'), 'Максим Лазарев');
        const percent = await page.getByTestId('percent-done').textContent();
        assert.match(percent ?? '', /^\d+\s?%$/, 'percent done is shown');
        await shot(page, env.screenshotsDir, 'desktop-project-overview');
        await page.getByRole('tab', { name: 'Диаграмма Ганта' }).click();
        await bar(page, t.launch.id).waitFor();
      }),
  },
  {
    name: 'gantt: a colleague outside the project sees the chart but cannot change it',
    run: (env) =>
      withPage(env, async (page) => {
        const call = await apiClient(env.baseUrl);
        const t = await createProject(call, 'Ремонт склада');
        await signIn(page, env.baseUrl, 'designer@artel.demo');
        await page.goto(`${env.baseUrl}/projects/${t.project.id}/gantt`);
        await bar(page, t.launch.id).waitFor();
        assert.equal(await page.locator('[data-testid="gantt-bar"][data-editable]').count(), 0, 'no bar is editable');
        assert.equal(await page.locator('[data-role="link-end"]').count(), 0, 'no link handles');
        assert.equal(await page.getByRole('button', { name: /^Запланировать/ }).count(), 0, 'no planning buttons');
        await seeText(page.getByTestId('gantt-unscheduled'), 'Обучение менеджеров');

        // A drag does nothing; a click opens the task.
        const box = await bodyBox(page, t.press.id);
        await drag(
          page,
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
          {
            x: box.x + box.width / 2 + 60,
            y: box.y + box.height / 2,
          },
        );
        await page.waitForTimeout(300);
        assert.equal(dayNumber((await call('GET', `/tasks/${t.press.id}`)).startDate), dayNumber(day(11)), 'not moved');
        assert.match(page.url(), /\/gantt$/, 'still on the chart');
        await bar(page, t.press.id).locator('[data-role="body"]').first().click();
        await page.waitForURL(new RegExp(`/tasks/${t.press.id}$`));
      }),
  },
];
