// Scenarios beyond the core journeys: first run, profile editing, restructuring, API tokens.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, assert, assertNoPageErrors, eventually, openPage, seeText, shot, signIn } from './helpers.mjs';
import { startServer } from './server.mjs';

/** A 2×2 PNG, enough for the server to accept and the browser to draw. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

async function withPage(env, options, body) {
  const { context, page, errors } = await openPage(env.browser, options);
  try {
    await body(page);
    assertNoPageErrors(errors);
  } finally {
    await context.close();
  }
}

/**
 * Drags one admin-tree row onto another with real HTML5 drag events. Moves in small steps, as a
 * hand would, so the browser fires dragenter/dragover on the target before the drop.
 */
async function dragDepartment(page, from, to) {
  const rows = page.getByTestId('department-row');
  await page.waitForLoadState('networkidle');
  const sourceRow = rows.filter({ hasText: from }).first();
  const targetRow = rows.filter({ hasText: to }).first();
  await sourceRow.waitFor();
  await targetRow.waitFor();
  const source = await sourceRow.boundingBox();
  const target = await targetRow.boundingBox();
  assert.ok(source && target, `rows "${from}" and "${to}" are on screen`);
  await page.mouse.move(source.x + 12, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + 24, source.y + source.height / 2 + 6, { steps: 4 });
  await page.mouse.move(target.x + 60, target.y + target.height / 2, { steps: 12 });
  await page.mouse.move(target.x + 70, target.y + target.height / 2, { steps: 3 });
  await page.mouse.up();
}

/** Extra scenarios, run after the core ones (the restructuring one puts everything back). */
export const moreTests = [
  {
    name: 'first run creates the first administrator',
    run: async (env) => {
      // A server of its own with an empty database: the first-run page only exists there.
      const server = await startServer(root, { demo: false });
      try {
        await withPage(env, {}, async (page) => {
          await page.goto(server.url);
          await page.waitForURL(/\/setup$/);
          await seeText(page, 'Первый запуск');
          await page.getByLabel('Имя и фамилия').fill('Анна Смирнова');
          await page.getByLabel('Эл. почта').fill('anna@example.com');
          await page.getByLabel(/^Пароль/).fill('short');
          await page.getByLabel('Повторите пароль').fill('short');
          await page.getByRole('button', { name: 'Создать администратора' }).click();
          await seeText(page, 'Не короче 8 символов');
          await shot(page, env.screenshotsDir, 'desktop-setup');
          await page.getByLabel(/^Пароль/).fill('correct-horse-battery');
          await page.getByLabel('Повторите пароль').fill('correct-horse-battery');
          await page.getByRole('button', { name: 'Создать администратора' }).click();
          await page.waitForURL(/\/structure$/);
          await seeText(page, 'Структура ещё не создана');
          await seeText(page.getByRole('navigation'), 'Администрирование');
          await shot(page, env.screenshotsDir, 'desktop-structure-empty');
        });
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'repeated wrong passwords say how long to wait',
    run: (env) =>
      withPage(env, {}, async (page) => {
        // An address of its own: the limit is per account, so other scenarios stay unaffected.
        await page.goto(`${env.baseUrl}/sign-in`);
        await page.getByLabel('Эл. почта').fill('locked.out@artel.demo');
        await page.getByLabel(/^Пароль/).fill('not-the-password');
        const error = page.getByTestId('sign-in-error');
        for (let attempt = 0; attempt < 10; attempt += 1) {
          await page.getByRole('button', { name: 'Войти' }).click();
          await error.waitFor();
          if ((await error.innerText()).includes('Слишком много попыток')) break;
          await page.waitForTimeout(150);
        }
        assert.match(await error.innerText(), /Слишком много попыток\. Попробуйте снова через \d+ минут/);
        await shot(page, env.screenshotsDir, 'desktop-sign-in-too-many');
      }),
  },
  {
    name: 'the dark theme is applied and remembered',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl);
        const scheme = () =>
          page.evaluate(() => globalThis.document.documentElement.getAttribute('data-mantine-color-scheme'));
        assert.equal(await scheme(), 'light');
        await page.getByTestId('theme-toggle').click();
        assert.equal(await scheme(), 'dark');
        await page.reload();
        await page.getByTestId('org-card').first().waitFor();
        assert.equal(await scheme(), 'dark', 'the choice survives a reload');
        await shot(page, env.screenshotsDir, 'desktop-structure-dark');
        await page.goto(`${env.baseUrl}/people`);
        await page.getByTestId('person-row').first().waitFor();
        await shot(page, env.screenshotsDir, 'desktop-people-dark');
      }),
  },
  {
    name: 'an employee edits their own profile',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl, 'i.petrov@artel.demo', DEMO_PASSWORD);
        await page.getByTestId('user-menu').click();
        await page.getByRole('menuitem', { name: 'Мой профиль' }).click();
        await seeText(page.getByTestId('profile-name'), 'Игорь Петров');
        await page.getByTestId('profile-edit').click();
        const dialog = page.getByRole('dialog');
        await seeText(dialog, 'Редактирование профиля');
        assert.equal(await dialog.getByText('Для администратора').count(), 0, 'no admin fields for an employee');
        const position = `Ведущий менеджер ${Date.now() % 1000}`;
        await dialog.getByLabel('Должность').fill(position);
        await dialog.getByLabel('Навыки').fill('Переговоры');
        await dialog.getByLabel('Навыки').press('Enter');
        await shot(page, env.screenshotsDir, 'desktop-profile-edit');
        await dialog.getByRole('button', { name: 'Сохранить' }).click();
        await seeText(page, 'Профиль сохранён');
        await seeText(page, position);
        await seeText(page, 'Переговоры');
        // A photo replaces the initials.
        await page.getByRole('button', { name: 'Сменить фото' }).click();
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('menuitem', { name: 'Загрузить фото' }).click();
        await (await chooser).setFiles({ name: 'me.png', mimeType: 'image/png', buffer: TINY_PNG });
        await seeText(page, 'Фото обновлено');
        const photo = page.locator('img[alt="Игорь Петров"]').first();
        await photo.waitFor();
        assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the uploaded photo loads');
        await shot(page, env.screenshotsDir, 'desktop-profile-photo');
      }),
  },
  {
    name: 'an admin saving over a concurrent change is told to reload',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl);
        await page.goto(`${env.baseUrl}/people?q=${encodeURIComponent('Орлов')}`);
        await page.getByTestId('person-row').filter({ hasText: 'Алексей Орлов' }).click();
        await seeText(page.getByTestId('profile-name'), 'Алексей Орлов');
        const id = page.url().split('/').pop();
        await page.getByTestId('profile-edit').click();
        const dialog = page.getByRole('dialog');
        await seeText(dialog, 'Для администратора');
        // Someone else saves the same profile meanwhile (same-origin fetch, as another tab would).
        const status = await page.evaluate(async (userId) => {
          const user = await (await fetch(`/api/v1/users/${userId}`)).json();
          const res = await fetch(`/api/v1/users/${userId}`, {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ position: 'Старший аналитик продаж', version: user.version }),
          });
          return res.status;
        }, id);
        assert.equal(status, 200);
        await dialog.getByLabel('Должность').fill('Аналитик');
        await dialog.getByRole('button', { name: 'Сохранить' }).click();
        await seeText(dialog, 'Пока вы редактировали, кто-то уже изменил эти данные');
        await shot(page, env.screenshotsDir, 'desktop-profile-stale');
        await dialog.getByRole('button', { name: 'Обновить' }).click();
        await eventually(
          () => dialog.getByLabel('Должность').inputValue(),
          'Старший аналитик продаж',
          'the form shows the saved data',
        );
      }),
  },
  {
    name: 'an admin restructures by drag and drop; a cycle is refused with a message',
    run: (env) =>
      // Tall enough for the whole tree: a drag must not need scrolling.
      withPage(env, { viewport: { width: 1366, height: 1300 } }, async (page) => {
        await signIn(page, env.baseUrl);
        await page.goto(`${env.baseUrl}/admin/departments`);
        await page.getByTestId('department-row').first().waitFor();
        await dragDepartment(page, 'Отдел разработки', 'Группа тестирования');
        await seeText(page, 'Нельзя перенести отдел внутрь его собственного подразделения.');
        await shot(page, env.screenshotsDir, 'desktop-admin-departments-cycle');
        await dragDepartment(page, 'Группа тестирования', 'Дирекция');
        await seeText(page, '«Группа тестирования» теперь входит в «Дирекция»');
        // Put the structure back so re-runs against the same server start alike.
        await dragDepartment(page, 'Группа тестирования', 'Отдел разработки');
        await seeText(page, '«Группа тестирования» теперь входит в «Отдел разработки»');
      }),
  },
  {
    name: 'a personal API token is shown once, works, and can be revoked',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl);
        await page.goto(`${env.baseUrl}/account`);
        await page.getByRole('button', { name: 'Новый токен' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Название').fill('E2E-скрипт');
        await dialog.getByRole('button', { name: 'Создать токен' }).click();
        const token = (await dialog.getByTestId('new-token').innerText()).trim();
        assert.ok(token.length > 16, 'a token is shown');
        await shot(page, env.screenshotsDir, 'desktop-account-token');
        const res = await fetch(`${env.baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(res.status, 200, 'the token authenticates');
        await dialog.getByRole('button', { name: 'Готово' }).click();
        const row = page.getByRole('row').filter({ hasText: 'E2E-скрипт' });
        await row.waitFor();
        await row.getByRole('button', { name: 'Отозвать' }).click();
        await page.getByTestId('confirm-action').click();
        await seeText(page, 'Токен отозван');
        await row.waitFor({ state: 'detached' });
        const after = await fetch(`${env.baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(after.status, 401, 'a revoked token no longer works');
      }),
  },
];
