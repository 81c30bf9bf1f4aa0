// Projects: creating one, its team, and the Kanban board with drag and drop that survives a reload.
import { assert, assertNoPageErrors, eventually, openPage, seeText, shot, signIn } from './helpers.mjs';

const OWNER = 'marketing@artel.demo'; // Марина Соколова
const MEMBER = 'designer@artel.demo'; // Григорий Ершов, added as a member at creation
const OUTSIDER = 'sales@artel.demo'; // Ольга Иванова, not in the project

async function withPage(env, options, body) {
  const { context, page, errors } = await openPage(env.browser, options);
  try {
    await body(page);
    assertNoPageErrors(errors);
  } finally {
    await context.close();
  }
}

/** Calls the API from the signed-in page (same cookies and Origin as the app itself). */
async function apiCall(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, json: res.status === 204 ? null : await res.json() };
    },
    { method, path, body },
  );
}

/** Picks a person in a server-searched picker by typing part of the name. */
async function pickPerson(page, input, name) {
  await input.click();
  await input.fill(name.split(' ')[0]);
  await page.getByRole('option', { name }).click();
}

/** The titles of the cards in a board column, top to bottom. */
function columnTitles(page, stageName) {
  return page
    .getByTestId('board-column')
    .filter({ has: page.getByTestId('stage-name').getByText(stageName, { exact: true }) })
    .getByTestId('board-card')
    .locator('a')
    .allInnerTexts();
}

/** The column of a stage, found by its name. */
function columnOf(page, stageName) {
  return page
    .getByTestId('board-column')
    .filter({ has: page.getByTestId('stage-name').getByText(stageName, { exact: true }) });
}

/**
 * Drags a card by the mouse, in small steps as a hand would, onto a point of `target` (a column or
 * another card): `fraction` is how far down the target the card is dropped.
 */
async function dragCard(page, title, target, fraction = 0.5) {
  const card = page.getByTestId('board-card').filter({ hasText: title });
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  assert.ok(from && to, 'the card and the target are on screen');
  // Grab the card below its title, so the press is not on the link.
  const startX = from.x + from.width - 20;
  const startY = from.y + from.height - 8;
  const endY = to.y + Math.min(to.height * fraction, 140);
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 10, startY + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, endY - 10, { steps: 15 });
  await page.mouse.move(to.x + to.width / 2, endY, { steps: 3 });
  await page.mouse.up();
}

export const projectsTests = [
  {
    name: 'projects: create a project, build its team and move cards on the board',
    run: async (env) => {
      let projectUrl = '';
      await withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl, OWNER);
        await page.getByRole('navigation').getByRole('link', { name: 'Проекты' }).click();
        await page.waitForURL(/\/projects$/);
        await seeText(page, 'Рабочие группы: задачи, доска и команда в одном месте');

        // The form names the field at fault before anything is sent.
        await page.getByRole('button', { name: 'Новый проект' }).first().click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Создать' }).click();
        await seeText(dialog, 'Заполните это поле');
        await dialog.getByLabel('Название').fill('Стенд на весенней выставке');
        await dialog.getByLabel('Описание').fill('Стенд 6×4 м: макет, печать, монтаж и дежурства.');
        await dialog.locator('label').filter({ hasText: 'Закрытый' }).click();
        await dialog.getByLabel('Начало').fill('2026-12-10');
        await dialog.getByLabel('Окончание').fill('2026-12-01');
        await dialog.getByRole('button', { name: 'Создать' }).click();
        await seeText(dialog, 'Окончание не может быть раньше начала');
        await dialog.getByLabel('Окончание').fill('2027-03-20');
        await pickPerson(page, dialog.getByPlaceholder('Добавьте людей по имени'), 'Григорий Ершов');
        await seeText(dialog, 'Григорий Ершов');
        await dialog.getByRole('button', { name: 'Создать' }).click();
        await page.waitForURL(/\/projects\/[^/]+\/tasks$/);
        projectUrl = page.url().replace(/\/tasks$/, '');
        await seeText(page, 'Стенд на весенней выставке');
        await seeText(page, 'Закрытый');
        await seeText(page, 'В проекте нет задач');

        // The team: the owner and the member chosen at creation; add a moderator.
        await page.getByRole('tab', { name: 'Участники' }).click();
        await page.waitForURL(/\/members$/);
        const rows = page.getByTestId('member-row');
        await eventually(() => rows.count(), 2, 'owner and one member');
        await pickPerson(page, page.getByRole('combobox', { name: 'Сотрудник' }), 'Илья Борисов');
        await page.getByRole('combobox', { name: 'Роль', exact: true }).click();
        await page.getByRole('option', { name: 'Модератор' }).click();
        await page.getByRole('button', { name: 'Добавить', exact: true }).click();
        await seeText(page, 'Илья Борисов теперь в проекте');
        await eventually(() => rows.count(), 3, 'the new moderator is listed');
        const ilya = rows.filter({ hasText: 'Илья Борисов' });
        assert.equal(await ilya.locator('input').first().inputValue(), 'Модератор');
        assert.equal(await rows.filter({ hasText: 'Марина Соколова' }).getByText('Владелец').count(), 1);
        await shot(page, env.screenshotsDir, 'desktop-project-members');

        // Tasks made through the API land in the first stage of the board.
        const me = (await apiCall(page, 'GET', '/me')).json;
        const projectId = projectUrl.split('/').pop();
        const titles = ['Подготовить макет стенда', 'Заказать печать баннеров', 'Согласовать график дежурств'];
        for (const [i, title] of titles.entries()) {
          const res = await apiCall(page, 'POST', '/tasks', {
            title,
            responsibleId: me.id,
            projectId,
            priority: i === 0 ? 'high' : 'normal',
            deadline: i === 1 ? '2026-01-15' : '2027-02-01',
          });
          assert.equal(res.status, 201, JSON.stringify(res.json));
        }

        await page.getByRole('tab', { name: 'Доска' }).click();
        await page.waitForURL(/\/board$/);
        const columns = page.getByTestId('board-column');
        await eventually(() => columns.count(), 3, 'three default stages');
        assert.deepEqual(await columnTitles(page, 'Новые'), titles);

        // A new stage, then renamed inline.
        await page.getByRole('button', { name: 'Добавить стадию' }).click();
        await page.getByLabel('Название стадии').fill('На проверке');
        await page.getByLabel('Название стадии').press('Enter');
        await eventually(() => columns.count(), 4, 'the stage is added');
        await page.getByTestId('stage-name').getByText('На проверке', { exact: true }).click();
        await page.getByLabel('Название стадии').fill('Проверка заказчиком');
        await page.getByLabel('Название стадии').press('Enter');
        await seeText(page.getByTestId('stage-name'), 'Проверка заказчиком');

        // Reorder within a column: the last card goes on top.
        const firstCard = page.getByTestId('board-card').filter({ hasText: titles[0] });
        await dragCard(page, titles[2], firstCard, 0.1);
        await eventually(
          async () => (await columnTitles(page, 'Новые')).join('|'),
          [titles[2], titles[0], titles[1]].join('|'),
          'reordered within the column',
        );
        await page.waitForLoadState('networkidle');
        await page.reload();
        await columnOf(page, 'Новые').getByTestId('board-card').first().waitFor();
        assert.deepEqual(await columnTitles(page, 'Новые'), [titles[2], titles[0], titles[1]], 'the order is saved');

        // Drag a card to another column; the move is saved at once.
        await dragCard(page, 'Заказать печать баннеров', columnOf(page, 'В работе'));
        await eventually(
          async () => (await columnTitles(page, 'В работе')).join('|'),
          'Заказать печать баннеров',
          'card dropped',
        );
        await page.waitForLoadState('networkidle');
        await dragCard(page, 'Подготовить макет стенда', columnOf(page, 'Проверка заказчиком'));
        await eventually(
          async () => (await columnTitles(page, 'Проверка заказчиком')).join('|'),
          'Подготовить макет стенда',
          'second card dropped',
        );
        await page.waitForLoadState('networkidle');

        await page.reload();
        await eventually(() => columns.count(), 4, 'four stages after reload');
        assert.deepEqual(await columnTitles(page, 'Новые'), ['Согласовать график дежурств']);
        assert.equal(await page.getByRole('button', { name: 'Добавить стадию' }).count(), 1, 'the owner edits stages');
        assert.deepEqual(await columnTitles(page, 'В работе'), ['Заказать печать баннеров']);
        assert.deepEqual(await columnTitles(page, 'Проверка заказчиком'), ['Подготовить макет стенда']);
        const counts = await page.getByTestId('stage-count').allInnerTexts();
        assert.deepEqual(counts, ['1', '1', '0', '1']);
        assert.equal(await page.locator('[data-testid="board-card"] [data-overdue]').count(), 1, 'one card overdue');
        await shot(page, env.screenshotsDir, 'desktop-project-board');

        await page.getByRole('tab', { name: 'Задачи' }).click();
        await eventually(() => page.getByTestId('project-task-row').count(), 3, 'three tasks listed');
        await seeText(page, 'Просрочена');
        const firstRow = () => page.getByTestId('project-task-row').first().locator('a').innerText();
        assert.equal(await firstRow(), 'Согласовать график дежурств', 'newest first by default');
        await page.getByRole('button', { name: 'Сортировать по полю «Крайний срок»' }).click();
        await eventually(firstRow, 'Заказать печать баннеров', 'the nearest deadline first');
        await shot(page, env.screenshotsDir, 'desktop-project-tasks');

        await page.getByRole('link', { name: 'Все проекты' }).click();
        await page.getByTestId('project-card').filter({ hasText: 'Стенд на весенней выставке' }).waitFor();
        await seeText(page, '3 участника');
        await shot(page, env.screenshotsDir, 'desktop-projects-list');
      });

      // On a phone the board scrolls sideways, column by column.
      await withPage(env, { phone: true }, async (page) => {
        await signIn(page, env.baseUrl, OWNER);
        await page.goto(`${projectUrl}/board`);
        await columnOf(page, 'Новые').getByTestId('board-card').waitFor();
        await shot(page, env.screenshotsDir, 'phone-project-board');
      });

      // A member who does not work on a task cannot move it: the card returns and the reason is shown.
      await withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl, MEMBER);
        await page.goto(`${projectUrl}/board`);
        await columnOf(page, 'В работе').getByTestId('board-card').waitFor();
        assert.equal(
          await page.getByRole('button', { name: 'Добавить стадию' }).count(),
          0,
          'members do not edit stages',
        );
        await dragCard(page, 'Заказать печать баннеров', columnOf(page, 'Готово'));
        await seeText(page, 'Карточку не удалось перенести');
        await eventually(
          async () => (await columnTitles(page, 'В работе')).join('|'),
          'Заказать печать баннеров',
          'the card is back in its column',
        );
        assert.deepEqual(await columnTitles(page, 'Готово'), []);
        await page.getByRole('tab', { name: 'Участники' }).click();
        await seeText(page, 'Составом команды управляют владелец и модераторы.');
        assert.equal(await page.getByRole('combobox').count(), 0, 'no role pickers for a member');
        await shot(page, env.screenshotsDir, 'desktop-project-members-readonly');
      });

      // The owner archives the project: it leaves the active list and waits in the archive.
      await withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl, OWNER);
        await page.goto(projectUrl);
        await page.waitForURL(/\/tasks$/);
        await page.getByRole('button', { name: 'В архив' }).click();
        await page.getByTestId('confirm-action').click();
        await seeText(page, 'Проект в архиве');
        await page.getByRole('link', { name: 'Все проекты' }).click();
        await page.waitForLoadState('networkidle');
        const card = page.getByTestId('project-card').filter({ hasText: 'Стенд на весенней выставке' });
        assert.equal(await card.count(), 0, 'archived projects leave the active list');
        await page.getByText('Архив', { exact: true }).click();
        await card.waitFor();
        await seeText(card, 'В архиве');
      });

      // A closed project does not exist for someone outside it.
      await withPage(env, {}, async (page) => {
        await signIn(page, env.baseUrl, OUTSIDER);
        await page.goto(`${projectUrl}/board`);
        await seeText(page, 'Страница не найдена');
        await page.goto(`${env.baseUrl}/projects`);
        await page.waitForLoadState('networkidle');
        assert.equal(await page.getByText('Стенд на весенней выставке').count(), 0, 'not listed either');
      });
    },
  },
];
