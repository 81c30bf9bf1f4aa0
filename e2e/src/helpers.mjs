// Small helpers shared by the scenarios: contexts, sign-in, screenshots, assertions.
import assert from 'node:assert/strict';
import { join } from 'node:path';

export const DEMO_PASSWORD = 'artel-demo';
export const ADMIN_EMAIL = 'admin@artel.demo';
export const DESKTOP = { width: 1366, height: 860 };
export const PHONE = { width: 390, height: 844 };

/**
 * Opens a fresh browser context (own cookies and storage) in Russian, as the demo company's users
 * have it; `phone` emulates a 390×844 touch screen.
 * @param {import('playwright-core').Browser} browser
 * @param {{ phone?: boolean, locale?: string, viewport?: { width: number, height: number } }} [options]
 */
export async function openPage(browser, { phone = false, locale = 'ru-RU', viewport } = {}) {
  const context = await browser.newContext({
    viewport: viewport ?? (phone ? PHONE : DESKTOP),
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    locale,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  // React reports render crashes caught by error boundaries only on the console; refused requests
  // (401 before sign-in, 409 on purpose) are expected and show up as "Failed to load resource".
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(new Error(msg.text()));
  });
  return { context, page, errors };
}

/** Signs in through the form and waits for the signed-in shell. */
export async function signIn(page, baseUrl, email = ADMIN_EMAIL, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/Эл\. почта|E-mail/).fill(email);
  await page.getByLabel(/^(Пароль|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** Saves a screenshot as e2e/screenshots/<name>.png. */
export async function shot(page, dir, name) {
  // Let fonts, images and transitions settle so the picture shows what a person would see.
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(350);
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Waits until the text is visible on the page (or within `scope`). */
export async function seeText(scope, text, options = {}) {
  await scope.getByText(text, options).first().waitFor({ state: 'visible' });
}

/** Polls `read` until it returns `expected` (lists update after a debounce and a request). */
export async function eventually(read, expected, message, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(last, expected, message);
}

/** True when the element lies entirely outside the viewport (e.g. a drawer slid away). */
export async function isOffScreen(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.right <= 0 || r.left >= globalThis.innerWidth || r.bottom <= 0 || r.top >= globalThis.innerHeight;
  });
}

/** Fails when the page threw uncaught errors during the test. */
export function assertNoPageErrors(errors) {
  assert.equal(errors.length, 0, `uncaught page errors: ${errors.map(String).join('; ')}`);
}

export { assert };
