// The scenarios, each a named test that checks what a person sees.
import {
  ADMIN_EMAIL,
  DEMO_PASSWORD,
  assert,
  assertNoPageErrors,
  eventually,
  isOffScreen,
  openPage,
  seeText,
  shot,
  signIn,
} from './helpers.mjs';

/** @typedef {{ browser: import('playwright-core').Browser, baseUrl: string, screenshotsDir: string }} Env */

/** Runs `body` with a fresh page and always closes its context. */
async function withPage(env, options, body) {
  const { context, page, errors } = await openPage(env.browser, options);
  try {
    await body(page);
    assertNoPageErrors(errors);
  } finally {
    await context.close();
  }
}

/** @type {{ name: string, run: (env: Env) => Promise<void> }[]} */
export const tests = [
  {
    name: 'signs in with the demo admin and lands on the company structure',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await page.goto(env.baseUrl);
        await page.waitForURL(/\/sign-in/);
        await seeText(page, 'Войдите с рабочей эл. почтой и паролем');
        await shot(page, env.screenshotsDir, 'desktop-sign-in');
        await signIn(page, env.baseUrl);
        await page.waitForURL(/\/structure$/);
        await seeText(page.getByRole('navigation'), 'Структура компании');
        await seeText(page.getByTestId('user-menu'), 'Максим Лазарев');
      }),
  },
  {
    name: 'the org chart shows departments with heads and offices',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl);
        const chart = page.getByTestId('org-chart');
        await chart.getByTestId('org-card').first().waitFor();
        for (const name of ['ООО «Артель»', 'Отдел продаж', 'Бухгалтерия', 'Дизайн-студия'])
          await seeText(chart, name, { exact: true });
        const sales = chart.getByTestId('org-card').filter({ hasText: 'Отдел продаж' });
        await seeText(sales, 'Дмитрий Кузнецов');
        await seeText(sales, 'Главный офис · Москва');
        await shot(page, env.screenshotsDir, 'desktop-structure');
        // Expanding a card lists its people.
        await sales.getByTestId('org-employees-toggle').click();
        await seeText(sales, 'Игорь Петров');
        await shot(page, env.screenshotsDir, 'desktop-structure-employees');
      }),
  },
  {
    name: 'searching the org chart focuses the person',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl);
        const chart = page.getByTestId('org-chart');
        await chart.getByTestId('org-card').first().waitFor();
        await page.getByTestId('org-search').fill('Медведева');
        await page.getByTestId('org-search-person').filter({ hasText: 'Людмила Медведева' }).click();
        const focused = chart.locator('[data-testid="org-card"][data-highlighted="true"]');
        await seeText(focused, 'Группа тестирования');
        const person = focused.locator('[data-person-id]').filter({ hasText: 'Людмила Медведева' });
        await person.waitFor({ state: 'visible' });
        // Centred: after the pan animation the person sits inside the visible chart area.
        await page.waitForTimeout(800);
        const box = await person.boundingBox();
        const area = await chart.boundingBox();
        assert.ok(box && area, 'chart and person are laid out');
        assert.ok(box.x >= area.x && box.x + box.width <= area.x + area.width, 'person is horizontally in view');
        assert.ok(box.y >= area.y && box.y + box.height <= area.y + area.height, 'person is vertically in view');
        await shot(page, env.screenshotsDir, 'desktop-structure-search');
        await person.click();
        await page.waitForURL(/\/people\/[^/]+$/);
        await seeText(page.getByTestId('profile-name'), 'Людмила Медведева');
      }),
  },
  {
    name: 'the directory finds a person by part of a Russian surname and shows the manager chain',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl);
        await page.getByRole('navigation').getByText('Сотрудники').click();
        await page.waitForURL(/\/people$/);
        await page.getByTestId('person-row').first().waitFor();
        await shot(page, env.screenshotsDir, 'desktop-people');
        await page.getByTestId('people-search').fill('захар');
        await eventually(() => page.getByTestId('person-row').count(), 1, 'only the matching person is listed');
        const row = page.getByTestId('person-row').filter({ hasText: 'Вадим Захаров' });
        await row.waitFor();
        await seeText(row, 'Продажи Северо-Запад');
        await shot(page, env.screenshotsDir, 'desktop-people-search');
        await row.click();
        await page.waitForURL(/\/people\/[^/]+$/);
        await seeText(page.getByTestId('profile-name'), 'Вадим Захаров');
        const chain = page.getByTestId('manager-chain');
        await seeText(chain, 'Александр Морозов');
        await seeText(chain, 'Дмитрий Кузнецов');
        const text = await chain.innerText();
        assert.ok(
          text.indexOf('Александр Морозов') < text.indexOf('Дмитрий Кузнецов'),
          'the chain reads from the top down',
        );
        await seeText(page, 'Санкт-Петербург');
        await shot(page, env.screenshotsDir, 'desktop-profile');
      }),
  },
  {
    name: 'switching to English shows English strings, survives a reload and follows the user',
    run: async (env) => {
      const user = 'designer@artel.demo'; // a user of their own, so the saved language does not leak into other scenarios
      const chooseLanguage = async (page, lng) => {
        await page.getByTestId('language-menu').click();
        await page.getByTestId(`language-${lng}`).click();
      };
      await withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl, user);
        const nav = page.getByRole('navigation');
        // A re-run against a long-lived server may find English already saved; start from Russian.
        if (await nav.getByText('Company structure').isVisible()) await chooseLanguage(page, 'ru');
        await seeText(nav, 'Структура компании');
        await chooseLanguage(page, 'en');
        await seeText(nav, 'Company structure');
        await seeText(nav, 'People');
        await page.reload();
        await seeText(nav, 'Company structure');
        assert.equal(await page.getByTestId('org-search').getAttribute('placeholder'), 'Find a department or person');
        await page.getByTestId('org-card').first().waitFor();
        await shot(page, env.screenshotsDir, 'desktop-structure-en');
      });
      // A new browser (Russian, nothing stored) picks the language up from the user's profile.
      await withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl, user);
        await seeText(page.getByRole('navigation'), 'Company structure');
        await chooseLanguage(page, 'ru');
        await seeText(page.getByRole('navigation'), 'Структура компании');
      });
    },
  },
  {
    name: 'a wrong password shows an error',
    run: (env) =>
      withPage(env, {}, async (page) => {
        await page.goto(`${env.baseUrl}/sign-in`);
        await page.getByLabel('Эл. почта').fill(ADMIN_EMAIL);
        await page.getByLabel(/^Пароль/).fill(`${DEMO_PASSWORD}-wrong`);
        await page.getByRole('button', { name: 'Войти' }).click();
        await seeText(page.getByTestId('sign-in-error'), 'Неверный адрес эл. почты или пароль.');
        assert.match(page.url(), /\/sign-in/);
        await shot(page, env.screenshotsDir, 'desktop-sign-in-error');
      }),
  },
  {
    name: 'a phone-sized screen gets a burger menu',
    run: (env) =>
      withPage(env, { phone: true }, async (page) => {
        await page.goto(`${env.baseUrl}/sign-in`);
        await shot(page, env.screenshotsDir, 'phone-sign-in');
        await signIn(page, env.baseUrl);
        const burger = page.getByTestId('nav-burger');
        await burger.waitFor({ state: 'visible' });
        assert.ok(await isOffScreen(page.getByRole('navigation')), 'navigation starts hidden');
        await page.getByTestId('org-card').first().waitFor();
        await shot(page, env.screenshotsDir, 'phone-structure');
        await burger.click();
        await page.getByRole('navigation').getByText('Сотрудники').waitFor({ state: 'visible' });
        await shot(page, env.screenshotsDir, 'phone-nav-open');
        await page.getByRole('navigation').getByText('Сотрудники').click();
        await page.waitForURL(/\/people$/);
        await page.getByTestId('person-row').first().waitFor();
        await page.waitForTimeout(400);
        assert.ok(await isOffScreen(page.getByRole('navigation')), 'navigation closes after choosing');
        await shot(page, env.screenshotsDir, 'phone-people');
      }),
  },
  {
    name: 'every page renders on desktop and phone',
    run: async (env) => {
      for (const phone of [false, true]) {
        await withPage(env, { phone }, async (page) => {
          const prefix = phone ? 'phone' : 'desktop';
          await signIn(page, env.baseUrl);
          const pages = [
            ['account', '/account', 'Мой аккаунт'],
            ['admin-departments', '/admin/departments', 'Перетащите отдел'],
            ['admin-offices', '/admin/offices', 'Офис на Васильевском'],
            ['admin-users', '/admin/users', 'Новый пользователь'],
            ['my-profile', null, 'Системный администратор'],
          ];
          for (const [name, path, text] of pages) {
            if (path) await page.goto(`${env.baseUrl}${path}`);
            else {
              await page.getByTestId('user-menu').click();
              await page.getByRole('menuitem', { name: 'Мой профиль' }).click();
            }
            await seeText(page, text);
            await shot(page, env.screenshotsDir, `${prefix}-${name}`);
          }
        });
      }
    },
  },
];
