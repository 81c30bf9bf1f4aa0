// Tasks in the browser: the cross-department story of scenario 3 from start to finish, and the
// personal planner.
import { assert, assertNoPageErrors, eventually, openPage, seeText, shot, signIn } from './helpers.mjs';

const SALES = 'sales@artel.demo'; // Ольга Иванова, sales
const DESIGNER = 'designer@artel.demo'; // Григорий Ершов, design studio
const SECOND_DESIGNER = 'a.kiseleva@artel.demo'; // Алина Киселёва, design studio
const DESIGN_HEAD = 'v.andreeva@artel.demo'; // Вера Андреева, head of the design studio

/** One signed-in person with their own browser context. */
async function person(env, email) {
  const session = await openPage(env.browser);
  await signIn(session.page, env.baseUrl, email);
  return session;
}

/** Picks a person in a searchable select: types part of the name and clicks the option. */
async function pickPerson(page, scope, text, name) {
  const input = scope.locator('input').first();
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name }).first().click();
}

/** Runs a workflow button; `reason` fills the dialog that asks for one. */
async function act(page, label, reason) {
  await page.getByTestId('task-actions').getByRole('button', { name: label, exact: true }).click();
  if (reason !== undefined) {
    await page.getByTestId('action-reason').fill(reason);
    await page.getByTestId('action-confirm').click();
  }
}

async function expectStatus(page, label) {
  await eventually(
    async () => (await page.getByTestId('task-status').first().textContent())?.trim(),
    label,
    `status is ${label}`,
  );
}

/** Creates a task through the API from inside the page (same origin, the session's cookie). */
async function createTask(page, body) {
  return page.evaluate(async (b) => {
    const res = await fetch('/api/v1/tasks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(b),
    });
    if (!res.ok) throw new Error(`create failed: ${res.status} ${await res.text()}`);
    return res.json();
  }, body);
}

export const tasksTests = [
  {
    name: 'tasks: a salesperson sets a task across departments and the story ends on one timeline',
    run: async (env) => {
      const sales = await person(env, SALES);
      const sessions = [sales];
      try {
        // Ольга opens "new task" from the top bar's "+" with its keyboard shortcut.
        const { page } = sales;
        await page.goto(`${env.baseUrl}/tasks`);
        await seeText(page, 'Делаю');
        await page.keyboard.press('Shift+N');
        const dialog = page.getByRole('dialog');
        await dialog.getByTestId('task-title-input').fill('Макет буклета для выставки «Мебель-2026»');
        await dialog
          .getByLabel('Описание')
          .fill('Клиенту нужен **буклет** A4 к пятнице.\n\n- логотип клиента\n- фото стенда');
        await pickPerson(page, dialog.getByTestId('task-responsible-input'), 'Ершов', 'Григорий Ершов');
        // He is outside her reporting line: the hint offers his manager as an observer.
        const hint = dialog.getByTestId('assignment-hint');
        await seeText(hint, 'Вера Андреева');
        await hint.getByTestId('add-suggested-observer').click();
        await seeText(hint, 'будет следить за задачей');
        await dialog.getByTestId('task-observers-input').getByText('Вера Андреева').waitFor();
        await dialog.getByRole('switch', { name: 'Принять работу после завершения' }).check();
        await dialog.getByTestId('task-deadline-input').fill('2031-05-16T18:00');
        await shot(page, env.screenshotsDir, 'desktop-task-form');
        await dialog.getByTestId('task-save').click();
        await page.waitForURL(/\/tasks\/[\w-]+$/);
        const taskUrl = page.url();
        await expectStatus(page, 'Ждёт принятия');
        await seeText(page.getByTestId('task-observers'), 'Вера Андреева');
        await seeText(page.getByTestId('task-description').locator('strong'), 'буклет');

        // Григорий sees it waiting for his acceptance and declines it with a reason.
        const designer = await person(env, DESIGNER);
        sessions.push(designer);
        const d = designer.page;
        await d.goto(`${env.baseUrl}/tasks`);
        await seeText(d.getByTestId('task-counters'), '1 ждёт моего принятия');
        await seeText(d.getByTestId('task-list'), 'Макет буклета');
        await shot(d, env.screenshotsDir, 'desktop-my-tasks');
        await d.getByTestId('task-list').getByText('Макет буклета').click();
        await seeText(d.getByTestId('status-note'), 'Примите её или отклоните');
        const offered = await d.getByTestId('task-actions').getByRole('button').allTextContents();
        assert.deepEqual(offered.slice(0, 2), ['Принять', 'Отклонить'], 'accept and decline come first');
        await act(d, 'Отклонить', 'Всю неделю занят фирменным стилем для «Артели»');
        await expectStatus(d, 'Отклонена');

        // Ольга reads the reason and gives the task to another designer.
        await page.goto(taskUrl);
        await expectStatus(page, 'Отклонена');
        await seeText(page.getByTestId('status-note'), 'Всю неделю занят фирменным стилем');
        await act(page, 'Переназначить');
        await pickPerson(page, page.getByTestId('action-person'), 'Киселёва', 'Алина Киселёва');
        await page.getByTestId('action-confirm').click();
        await expectStatus(page, 'Ждёт принятия');
        await seeText(page.getByTestId('task-responsible'), 'Алина Киселёва');

        // Алина accepts, starts, asks her manager in a comment, and completes.
        const second = await person(env, SECOND_DESIGNER);
        sessions.push(second);
        const a = second.page;
        await a.goto(taskUrl);
        await act(a, 'Принять');
        await expectStatus(a, 'Ждёт выполнения');
        await act(a, 'Начать');
        await expectStatus(a, 'Выполняется');
        const box = a.getByTestId('comment-input');
        await box.click();
        await box.pressSequentially('Черновик готов, @Андре');
        await a.getByTestId('mention-option').filter({ hasText: 'Вера Андреева' }).first().click();
        await box.pressSequentially('посмотрите, пожалуйста, цвета.');
        await eventually(
          () => box.inputValue().then((v) => /@\[Вера Андреева\]\(user:[\w-]+\) посмотрите/.test(v)),
          true,
          'the mention is written as markup',
        );
        await a.getByTestId('comment-send').click();
        await a.getByTestId('timeline-comment').getByTestId('mention').filter({ hasText: '@Вера Андреева' }).waitFor();
        await act(a, 'Завершить');
        await expectStatus(a, 'Ждёт контроля');

        // Ольга returns it once, with a reason, then approves the second completion.
        await page.goto(taskUrl);
        await expectStatus(page, 'Ждёт контроля');
        await seeText(page.getByTestId('status-note'), 'Проверьте результат');
        await act(page, 'Вернуть на доработку', 'Логотип клиента должен быть крупнее');
        await expectStatus(page, 'Ждёт выполнения');
        await a.goto(taskUrl);
        await seeText(a.getByTestId('disapprove-note'), 'Логотип клиента должен быть крупнее');
        await act(a, 'Завершить');
        await expectStatus(a, 'Ждёт контроля');
        await page.goto(taskUrl);
        await act(page, 'Принять работу');
        await expectStatus(page, 'Завершена');

        // Вера, the observer, reads the whole story on one timeline.
        const head = await person(env, DESIGN_HEAD);
        sessions.push(head);
        const v = head.page;
        await v.goto(taskUrl);
        await expectStatus(v, 'Завершена');
        const timeline = v.getByTestId('task-timeline');
        await timeline.waitFor();
        assert.equal(await v.getByTestId('task-actions').count(), 0, 'an observer gets no workflow buttons');
        const story = (await timeline.textContent()) ?? '';
        const expected = [
          'создал(а) задачу',
          'отклонил(а) задачу',
          'Всю неделю занят фирменным стилем',
          'переназначил(а) задачу',
          'принял(а) задачу',
          'начал(а) работу',
          'Черновик готов',
          'завершил(а) задачу',
          'вернул(а) задачу на доработку',
          'Логотип клиента должен быть крупнее',
          'принял(а) работу',
        ];
        let from = 0;
        for (const text of expected) {
          const at = story.indexOf(text, from);
          assert.ok(at >= 0, `the timeline tells "${text}" after what came before`);
          from = at + text.length;
        }
        await shot(v, env.screenshotsDir, 'desktop-task-page');
        await timeline.scrollIntoViewIfNeeded();
        await shot(v, env.screenshotsDir, 'desktop-task-timeline');
        await v.getByRole('switch', { name: 'Только комментарии' }).check();
        await eventually(() => v.getByTestId('timeline-entry').count(), 1, 'only the comment is left');
        await v.getByTestId('timeline-comment').getByTestId('mention').click();
        await v.waitForURL(/\/people\/[\w-]+$/);
        await seeText(v, 'Арт-директор');
        for (const s of sessions) assertNoPageErrors(s.errors);
      } finally {
        for (const s of sessions) await s.context.close();
      }
    },
  },
  {
    name: 'tasks: the planner sorts my tasks by deadline and a drag moves one',
    run: async (env) => {
      const { context, page, errors } = await openPage(env.browser);
      try {
        await signIn(page, env.baseUrl, SALES);
        const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
        const inHours = (h) => new Date(Date.now() + h * 3_600_000).toISOString();
        const titles = {
          overdue: 'Отправить счёт «Северной верфи»',
          later: 'Подготовить годовой отчёт по клиентам',
          none: 'Разобрать входящие заявки с сайта',
        };
        await createTask(page, {
          title: titles.overdue,
          responsibleId: me.id,
          deadline: inHours(-30),
          priority: 'high',
        });
        await createTask(page, { title: titles.later, responsibleId: me.id, deadline: inHours(24 * 30) });
        await createTask(page, { title: titles.none, responsibleId: me.id });
        await page.goto(`${env.baseUrl}/tasks/planner`);
        const column = (bucket) => page.getByTestId(`planner-column-${bucket}`);
        await seeText(column('overdue'), titles.overdue);
        await seeText(column('later'), titles.later);
        await seeText(column('none'), titles.none);
        await shot(page, env.screenshotsDir, 'desktop-planner');

        // Drag the card without a deadline onto "Next week".
        const card = column('none').getByTestId('planner-card').filter({ hasText: titles.none });
        await card.dragTo(column('nextWeek'));
        await seeText(column('nextWeek'), titles.none);
        await page.reload();
        await seeText(column('nextWeek'), titles.none);
        assert.equal(await column('none').getByText(titles.none).count(), 0, 'the card left "No deadline"');
        // And the list shows the overdue deadline in red.
        await page.goto(`${env.baseUrl}/tasks?role=creator`);
        const row = page.getByTestId('task-row').filter({ hasText: titles.overdue });
        await row.locator('[data-overdue]').waitFor();
        assertNoPageErrors(errors);
      } finally {
        await context.close();
      }
    },
  },
  {
    name: 'tasks: checklist, links without loops, files, and an edit that lost a race',
    run: async (env) => {
      const { context, page, errors } = await openPage(env.browser);
      try {
        await signIn(page, env.baseUrl, SALES);
        const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
        const first = await createTask(page, { title: 'Согласовать смету стенда', responsibleId: me.id });
        const second = await createTask(page, { title: 'Подписать договор на стенд', responsibleId: me.id });

        // The second task waits for the first (finish to start) and gets a checklist.
        await page.goto(`${env.baseUrl}/tasks/${second.id}`);
        const checklist = page.getByTestId('task-checklist');
        await checklist.getByRole('textbox').fill('Проверить реквизиты');
        await checklist.getByRole('textbox').press('Enter');
        await checklist.getByRole('checkbox', { name: 'Проверить реквизиты' }).check();
        await seeText(checklist, '1/1');
        const links = page.getByTestId('task-dependencies');
        await pickPerson(page, links.getByTestId('dependency-task').locator('..'), 'смету', 'Согласовать смету стенда');
        await links.getByRole('button', { name: 'Связать' }).click();
        await seeText(links, 'Эта задача зависит от');
        await seeText(links, 'Согласовать смету стенда');

        // Linking the other way round would close a loop: refused with a clear message.
        await page.goto(`${env.baseUrl}/tasks/${first.id}`);
        const back = page.getByTestId('task-dependencies');
        await seeText(back, 'От этой задачи зависят');
        await pickPerson(
          page,
          back.getByTestId('dependency-task').locator('..'),
          'договор',
          'Подписать договор на стенд',
        );
        await back.getByRole('button', { name: 'Связать' }).click();
        await seeText(back.getByTestId('dependency-error'), 'замкнёт круг');

        // A file goes up, can be downloaded, and goes away.
        const files = page.getByTestId('task-attachments');
        await files.locator('input[type=file]').setInputFiles({
          name: 'смета.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('Стенд 6×3 м — 240 000 ₽'),
        });
        const link = files.getByRole('link', { name: 'смета.txt' });
        await link.waitFor();
        const href = (await link.getAttribute('href')) ?? '';
        assert.ok(href, 'the file has a download address');
        const text = await page.evaluate((url) => fetch(url).then((r) => r.text()), href);
        assert.equal(text, 'Стенд 6×3 м — 240 000 ₽', 'the download returns the uploaded file');
        await files.getByRole('button', { name: 'Убрать' }).click();
        await seeText(files, 'Файлов нет.');

        // Someone else saves first: the form says so and reloads their version.
        await page.getByTestId('task-edit').click();
        const dialog = page.getByRole('dialog');
        await dialog.getByTestId('task-title-input').fill('Согласовать смету стенда до среды');
        await page.evaluate(
          async ({ id, version }) => {
            const res = await fetch(`/api/v1/tasks/${id}`, {
              method: 'PATCH',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ priority: 'high', version }),
            });
            if (!res.ok) throw new Error(`patch failed: ${res.status}`);
          },
          {
            id: first.id,
            version: (await page.evaluate((id) => fetch(`/api/v1/tasks/${id}`).then((r) => r.json()), first.id))
              .version,
          },
        );
        await dialog.getByTestId('task-save').click();
        await seeText(dialog.getByRole('alert'), 'изменил кто-то другой');
        await dialog.getByRole('button', { name: 'Обновить' }).click();
        await eventually(
          () => dialog.getByRole('radio', { name: 'Высокий' }).isChecked(),
          true,
          'the form shows the other edit',
        );
        await dialog.getByTestId('task-title-input').fill('Согласовать смету стенда до среды');
        await dialog.getByTestId('task-save').click();
        await seeText(page.getByTestId('task-title'), 'Согласовать смету стенда до среды');
        await seeText(page.getByTestId('task-timeline'), 'Высокий');
        assertNoPageErrors(errors);
      } finally {
        await context.close();
      }
    },
  },
  {
    name: 'tasks: the list, the task page and the planner fit a phone',
    run: async (env) => {
      const { context, page, errors } = await openPage(env.browser, { phone: true });
      try {
        await signIn(page, env.baseUrl, SALES);
        const me = await page.evaluate(() => fetch('/api/v1/me').then((r) => r.json()));
        const task = await createTask(page, {
          title: 'Позвонить клиенту по поводу стенда на выставке',
          description: 'Уточнить **размеры** и сроки монтажа.',
          responsibleId: me.id,
          deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          tags: ['выставка'],
        });
        const fits = () =>
          page.evaluate(() => globalThis.document.documentElement.scrollWidth <= globalThis.innerWidth);
        await page.goto(`${env.baseUrl}/tasks`);
        await seeText(page.getByTestId('task-list'), 'Позвонить клиенту');
        assert.ok(await fits(), 'My tasks has no sideways scroll on a phone');
        await shot(page, env.screenshotsDir, 'phone-my-tasks');
        await page.goto(`${env.baseUrl}/tasks/${task.id}`);
        await seeText(page.getByTestId('task-description'), 'размеры');
        assert.ok(await fits(), 'the task page has no sideways scroll on a phone');
        await shot(page, env.screenshotsDir, 'phone-task-page');
        await page.getByTestId('quick-create').click();
        await page.getByRole('dialog').getByTestId('task-title-input').waitFor();
        await shot(page, env.screenshotsDir, 'phone-task-form');
        await page.keyboard.press('Escape');
        await page.goto(`${env.baseUrl}/tasks/planner`);
        await seeText(page.getByTestId('planner'), 'Позвонить клиенту');
        await shot(page, env.screenshotsDir, 'phone-planner');
        assertNoPageErrors(errors);
      } finally {
        await context.close();
      }
    },
  },
];
