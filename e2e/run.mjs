// Artel end-to-end suite: starts the built server with the demo company on a free port and a fresh
// data directory, then drives Debian's Chromium through the main user journeys. Prints
// "N passed, M failed" last and exits non-zero on any failure.
//
// Environment:
//   ARTEL_E2E_URL=http://127.0.0.1:3100  use an already running server instead of starting one
//   ARTEL_E2E_ONLY=substring             run only tests whose name contains this
//   ARTEL_E2E_OPTIONAL=1                 without Chromium, skip (exit 0) instead of failing
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ganttTests } from './src/gantt-tests.mjs';
import { startServer } from './src/server.mjs';
import { moreTests } from './src/more-tests.mjs';
import { projectsTests } from './src/projects-tests.mjs';
import { tasksTests } from './src/tasks-tests.mjs';
import { tests } from './src/tests.mjs';

const CHROMIUM = '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
const screenshotsDir = join(here, 'screenshots');

async function main() {
  if (!existsSync(CHROMIUM)) {
    const message = `Chromium not found at ${CHROMIUM}; install it with: apt-get install -y chromium`;
    if (process.env.ARTEL_E2E_OPTIONAL === '1') {
      console.log(`${message}\nE2E skipped (ARTEL_E2E_OPTIONAL=1).`);
      return 0;
    }
    console.error(message);
    return 1;
  }
  await mkdir(screenshotsDir, { recursive: true });
  const server = process.env.ARTEL_E2E_URL
    ? { url: process.env.ARTEL_E2E_URL.replace(/\/$/, ''), stop: async () => {} }
    : await startServer(join(here, '..'));
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
  let passed = 0;
  let failed = 0;
  try {
    const only = process.env.ARTEL_E2E_ONLY;
    for (const test of [...tests, ...moreTests, ...projectsTests, ...tasksTests, ...ganttTests].filter(
      (t) => !only || t.name.includes(only),
    )) {
      const started = Date.now();
      try {
        await test.run({ browser, baseUrl: server.url, screenshotsDir });
        passed += 1;
        console.log(`ok   ${test.name} (${Date.now() - started} ms)`);
      } catch (err) {
        failed += 1;
        console.log(
          `FAIL ${test.name} (${Date.now() - started} ms)\n     ${String(err instanceof Error ? err.stack : err)
            .split('\n')
            .slice(0, 6)
            .join('\n     ')}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
