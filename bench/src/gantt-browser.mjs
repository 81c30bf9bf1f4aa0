// The Gantt chart in the browser: a project with 5,000 tasks (500 parents with 9 subtasks each)
// and 5,000 links, created through the API on a freshly started server, opened in Debian's
// Chromium. Measures the first paint of the chart (the page's `gantt:painted` mark, from the start
// of navigation) over several loads, then scrolls the chart top to bottom and sideways while a
// PerformanceObserver records long tasks. Prints a Markdown summary for RESULTS.md.
//
//   node scripts/build.mjs && node bench/src/gantt-browser.mjs [--loads 5] [--url http://127.0.0.1:3000 [--project <id>]]
//
// Needs the built server and web app; with --url it uses a running server with the demo company.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../../e2e/src/server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const ADMIN = { email: 'admin@artel.demo', password: 'artel-demo' };
const GROUPS = 500;
const PER_GROUP = 9;
const DAY_MS = 86_400_000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values: args } = parseArgs({
  options: {
    loads: { type: 'string', default: '5' },
    url: { type: 'string' },
    project: { type: 'string' },
    concurrency: { type: 'string', default: '6' },
  },
});

async function client(baseUrl) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify(ADMIN),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
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

/** Runs `work(i)` for i in 0…count-1 with at most `limit` in flight. */
async function pool(count, limit, work) {
  let next = 0;
  const workers = Array.from({ length: limit }, async () => {
    while (next < count) await work(next++);
  });
  await Promise.all(workers);
}

const iso = (day) => new Date(day * DAY_MS).toISOString();

/**
 * 500 work packages of 9 steps each, spread over a year: each step follows the previous one (FS),
 * every package's first step waits for the last step of the package five before it, and every
 * third step also waits for the one two before it — 5,000 links, all pointing forward, no cycle.
 */
async function createProject(call) {
  const me = await call('GET', '/me');
  const start = Math.floor(Date.now() / DAY_MS) - 60;
  const project = await call('POST', '/projects', {
    name: `Gantt benchmark ${new Date().toISOString()}`,
    visibility: 'open',
    startDate: iso(start),
    endDate: iso(start + 420),
  });
  const began = Date.now();
  const parents = new Array(GROUPS);
  await pool(GROUPS, Number(args.concurrency), async (g) => {
    parents[g] = await call('POST', '/tasks', {
      title: `Пакет работ ${g + 1}`,
      responsibleId: me.id,
      projectId: project.id,
    });
  });
  const leaves = new Array(GROUPS * PER_GROUP);
  await pool(leaves.length, Number(args.concurrency), async (i) => {
    const g = Math.floor(i / PER_GROUP);
    const k = i % PER_GROUP;
    const first = start + (g % 100) * 3 + Math.floor(g / 100) * 10 + k * 2;
    leaves[i] = await call('POST', '/tasks', {
      title: `Шаг ${k + 1} пакета ${g + 1}`,
      responsibleId: me.id,
      projectId: project.id,
      parentId: parents[g].id,
      startDate: iso(first),
      endDate: iso(first + 1 + (i % 2)),
      ...(k === PER_GROUP - 1 ? { deadline: iso(first + 4) } : {}),
    });
  });
  const chain = [];
  const across = [];
  const skips = [];
  for (let i = 0; i < leaves.length; i++) {
    const g = Math.floor(i / PER_GROUP);
    const k = i % PER_GROUP;
    if (k > 0) chain.push([i - 1, i]);
    if (k === 0 && g >= 5) across.push([(g - 5) * PER_GROUP + PER_GROUP - 1, i]);
    if (k % 3 === 2) skips.push([i - 2, i]);
  }
  const links = [...chain, ...across, ...skips].slice(0, 5000);
  await pool(links.length, Number(args.concurrency), async (n) => {
    const [from, to] = links[n];
    await call('POST', `/tasks/${leaves[to].id}/dependencies`, { predecessorId: leaves[from].id, type: 'FS' });
  });
  const gantt = await call('GET', `/projects/${project.id}/gantt`);
  return { project, tasks: gantt.tasks.length, links: gantt.links.length, setupMs: Date.now() - began };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const server = args.url ? { url: args.url.replace(/\/$/, ''), stop: async () => {} } : await startServer(root);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const call = await client(server.url);
    // --project reuses a project made by an earlier run on the same server (with --url).
    const { project, tasks, links, setupMs } = args.project
      ? await call('GET', `/projects/${args.project}/gantt`).then((g) => ({
          project: { id: args.project },
          tasks: g.tasks.length,
          links: g.links.length,
          setupMs: 0,
        }))
      : await createProject(call);
    console.error(`project: ${tasks} tasks, ${links} links, created in ${(setupMs / 1000).toFixed(1)} s`);

    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'ru-RU' });
    await context.addInitScript(() => {
      globalThis.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          globalThis.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel(/Эл\. почта/).fill(ADMIN.email);
    await page.getByLabel(/^Пароль/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByTestId('user-menu').waitFor();

    const loads = [];
    const ganttUrl = `${server.url}/projects/${project.id}/gantt`;
    for (let i = 0; i < Number(args.loads); i++) {
      await page.goto(ganttUrl);
      await page.waitForFunction(() => performance.getEntriesByName('gantt:painted').length > 0, null, {
        timeout: 60_000,
      });
      loads.push(
        await page.evaluate(() => {
          const painted = performance.getEntriesByName('gantt:painted')[0].startTime;
          const data = performance.getEntriesByName('gantt:data')[0]?.startTime ?? NaN;
          const request = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/gantt'));
          return {
            painted,
            data,
            request: request ? request.responseEnd - request.startTime : NaN,
            bytes: request?.encodedBodySize ?? NaN,
            bars: globalThis.document.querySelectorAll('[data-testid="gantt-bar"]').length,
            rows: globalThis.document.querySelectorAll('[data-testid="gantt-row"]').length,
          };
        }),
      );
    }

    // Scroll: wheel down through the whole list, then sideways, as a person would with a mouse.
    const chart = page.getByTestId('gantt-chart');
    const box = await chart.boundingBox();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const metricsBefore = await metrics();
    const now = () => page.evaluate(() => performance.now());
    const phases = { vertical: await now() };
    const scrollStarted = Date.now();
    let steps = 0;
    for (;;) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(16);
      steps += 1;
      const atEnd = await chart.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
      if (atEnd || steps > 400) break;
    }
    phases.sideways = await now();
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel(600, 0);
      await page.waitForTimeout(16);
    }
    phases.zoom = await now();
    for (const zoom of ['Дни', 'Месяцы', 'Кварталы', 'Недели']) {
      await page.getByText(zoom, { exact: true }).click();
      await page.waitForTimeout(200);
    }
    await page.waitForTimeout(300);
    const scrollMs = Date.now() - scrollStarted;
    phases.end = await now();
    const metricsAfter = await metrics();
    const spent = Object.fromEntries(
      ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map((k) => [
        k,
        Math.round((metricsAfter[k] - metricsBefore[k]) * 1000),
      ]),
    );
    const longTasks = await page.evaluate(
      (from) => globalThis.__longTasks.filter((t) => t.start >= from),
      phases.vertical,
    );
    const inPhase = (from, to) => longTasks.filter((t) => t.start >= from && t.start < to);
    const phaseSummary = Object.fromEntries(
      [
        ['vertical', phases.vertical, phases.sideways],
        ['sideways', phases.sideways, phases.zoom],
        ['zoom', phases.zoom, phases.end],
      ].map(([name, from, to]) => {
        const list = inPhase(from, to);
        return [name, { count: list.length, maxMs: Math.round(Math.max(0, ...list.map((t) => t.duration))) }];
      }),
    );
    const scrolled = await chart.evaluate((el) => ({ top: el.scrollTop, height: el.scrollHeight }));

    const first = loads.map((l) => l.painted);
    const summary = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
      node: process.version,
      browser: browser.version(),
      tasks,
      links,
      loads,
      firstPaintMedianMs: Math.round(median(first)),
      firstPaintMaxMs: Math.round(Math.max(...first)),
      scroll: { steps, ms: scrollMs, scrolledTo: scrolled.top, height: scrolled.height },
      longTasks: { count: longTasks.length, maxMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))) },
      longTasksByPhase: phaseSummary,
      mainThreadMsDuringScroll: spent,
    };
    console.log(JSON.stringify(summary, null, 2));
    console.log(`
| measure | value |
|---|---|
| tasks / links | ${tasks} / ${links} |
| first paint of the chart, median of ${loads.length} loads | **${summary.firstPaintMedianMs} ms** (max ${summary.firstPaintMaxMs} ms) |
| of which the \`/gantt\` answer (request → last byte), median | ${Math.round(median(loads.map((l) => l.request)))} ms, ${Math.round(median(loads.map((l) => l.bytes)) / 1024)} KB |
| data in hand (\`gantt:data\` mark), median | ${Math.round(median(loads.map((l) => l.data)))} ms |
| bars / tree rows in the DOM at first paint | ${loads[0].bars} / ${loads[0].rows} |
| scroll: wheel steps to the bottom, then 60 sideways, then 4 zoom changes | ${steps} + 60 + 4 in ${(scrollMs / 1000).toFixed(1)} s |
| main thread during the scroll: all tasks / script / layout / style | ${spent.TaskDuration} / ${spent.ScriptDuration} / ${spent.LayoutDuration} / ${spent.RecalcStyleDuration} ms |
| long tasks (> 50 ms): scrolling down / sideways / zoom changes | ${['vertical', 'sideways', 'zoom'].map((p) => `${phaseSummary[p].count} (longest ${phaseSummary[p].maxMs} ms)`).join(' / ')} |
`);
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
