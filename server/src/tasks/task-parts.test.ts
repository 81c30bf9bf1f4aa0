import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, type Company, type Person } from '../test/company.js';
import { countRows, DIALECTS, ORIGIN, startTestPortal, type TestPortal } from '../test/harness.js';

describe.each(DIALECTS)('comments, checklist, dependencies and files on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;
  let taskId: string;

  const upload = async (who: Person, id: string, fileName: string, content: Buffer, type = 'text/plain') => {
    const boundary = '----artel-test-boundary';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return portal.app.inject({
      method: 'POST',
      url: `/api/v1/tasks/${id}/attachments`,
      headers: {
        cookie: `artel_session=${c.as[who].cookie}`,
        origin: ORIGIN,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
  };

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
    taskId = (
      await c.as.seller.request('POST', '/api/v1/tasks', {
        title: 'Prepare the exhibition',
        responsibleId: c.id.seller,
        participantIds: [c.id.designer],
      })
    ).json().id;
  });
  afterAll(() => portal.close());

  it('adds comments with mentions: the mentioned become observers, unknown ids are dropped', async () => {
    const body = `Please look, @[Junior](user:${c.id.junior}) and @[Ghost](user:ghost), also @[Seller](user:${c.id.seller})`;
    const res = await c.as.designer.request('POST', `/api/v1/tasks/${taskId}/comments`, { body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      taskId,
      authorId: c.id.designer,
      author: { name: 'designer' },
      body,
      mentionIds: [c.id.junior, c.id.seller],
      attachments: [],
    });
    const task = (await c.as.junior.request('GET', `/api/v1/tasks/${taskId}`)).json();
    expect(task.observerIds).toEqual([c.id.junior]);
    expect(task.commentCount).toBe(1);
    const history = (await c.as.junior.request('GET', `/api/v1/tasks/${taskId}/history`)).json().items;
    expect(history.map((h: { type: string }) => h.type)).toEqual([
      'task.created',
      'task.comment_added',
      'task.member_added',
    ]);
    expect(history[2].changes).toEqual({ userId: c.id.junior, role: 'observer', via: 'mention' });
    expect(history[0].at <= history[2].at).toBe(true);
  });

  it('counts unread comments per person and clears them on read', async () => {
    await c.as.seller.request('POST', `/api/v1/tasks/${taskId}/comments`, { body: 'Second' });
    const unread = async (who: Person) =>
      (await c.as[who].request('GET', `/api/v1/tasks?role=${who === 'seller' ? 'creator' : 'participant'}`))
        .json()
        .items.find((t: { id: string }) => t.id === taskId).unreadComments;
    expect(await unread('designer')).toBe(1);
    expect(await unread('seller')).toBe(0);
    expect((await c.as.designer.request('POST', `/api/v1/tasks/${taskId}/read`)).statusCode).toBe(204);
    expect(await unread('designer')).toBe(0);
    expect((await c.as.outsider.request('POST', `/api/v1/tasks/${taskId}/read`)).statusCode).toBe(404);
  });

  it('pages comments oldest first and refuses empty or invisible comments', async () => {
    const page = (await c.as.designer.request('GET', `/api/v1/tasks/${taskId}/comments?limit=1`)).json();
    expect(page.items[0].body).toContain('Please look');
    const next = (
      await c.as.designer.request('GET', `/api/v1/tasks/${taskId}/comments?cursor=${page.nextCursor}`)
    ).json();
    expect(next.items.map((x: { body: string }) => x.body)).toEqual(['Second']);
    expect(next.nextCursor).toBeNull();
    const empty = await c.as.designer.request('POST', `/api/v1/tasks/${taskId}/comments`, { body: ' ' });
    expect(empty.json().error.details[0].field).toBe('body');
    const before = await countRows(portal, 'events');
    expect((await c.as.outsider.request('POST', `/api/v1/tasks/${taskId}/comments`, { body: 'hi' })).statusCode).toBe(
      404,
    );
    expect((await c.as.outsider.request('GET', `/api/v1/tasks/${taskId}/comments`)).statusCode).toBe(404);
    expect(await countRows(portal, 'events')).toBe(before);
  });

  it('keeps a checklist with counters on the task, for those working on it', async () => {
    const a = await c.as.designer.request('POST', `/api/v1/tasks/${taskId}/checklist`, { title: 'Order stand' });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ title: 'Order stand', done: false, position: 0 });
    const b = (
      await c.as.seller.request('POST', `/api/v1/tasks/${taskId}/checklist`, { title: 'Print flyers' })
    ).json();
    expect(b.position).toBe(1);
    expect((await c.as.junior.request('POST', `/api/v1/tasks/${taskId}/checklist`, { title: 'x' })).statusCode).toBe(
      403,
    );
    expect((await c.as.seller.request('POST', `/api/v1/tasks/${taskId}/checklist`, { title: '' })).statusCode).toBe(
      400,
    );
    const ticked = await c.as.designer.request('PATCH', `/api/v1/tasks/${taskId}/checklist/${a.json().id}`, {
      done: true,
    });
    expect(ticked.json()).toMatchObject({ done: true });
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${taskId}`)).json().checklist).toEqual({
      total: 2,
      done: 1,
    });
    expect((await c.as.seller.request('DELETE', `/api/v1/tasks/${taskId}/checklist/${a.json().id}`)).statusCode).toBe(
      204,
    );
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${taskId}`)).json().checklist).toEqual({
      total: 1,
      done: 0,
    });
    const list = (await c.as.junior.request('GET', `/api/v1/tasks/${taskId}/checklist`)).json();
    expect(list.items.map((i: { title: string }) => i.title)).toEqual(['Print flyers']);
    expect(
      (await c.as.seller.request('PATCH', `/api/v1/tasks/${taskId}/checklist/nope`, { done: true })).statusCode,
    ).toBe(404);
    const history = (await c.as.seller.request('GET', `/api/v1/tasks/${taskId}/history?limit=500`)).json().items;
    expect(history.find((h: { type: string }) => h.type === 'task.checklist_item_updated').changes).toEqual({
      itemId: a.json().id,
      done: { old: false, new: true },
    });
  });

  it('links tasks, refusing self-links, duplicates, cycles and invisible predecessors', async () => {
    const make = async (title: string) =>
      (await c.as.seller.request('POST', '/api/v1/tasks', { title, responsibleId: c.id.seller })).json().id as string;
    const [a, b, d] = [await make('A'), await make('B'), await make('D')];
    const ab = await c.as.seller.request('POST', `/api/v1/tasks/${b}/dependencies`, { predecessorId: a, type: 'FS' });
    expect(ab.statusCode, ab.body).toBe(201);
    expect(ab.json()).toMatchObject({
      predecessorId: a,
      successorId: b,
      type: 'FS',
      predecessor: { id: a, title: 'A', status: 'pending' },
      successor: { id: b, title: 'B' },
    });
    await c.as.seller.request('POST', `/api/v1/tasks/${d}/dependencies`, { predecessorId: b, type: 'SS' });
    const cycle = await c.as.seller.request('POST', `/api/v1/tasks/${a}/dependencies`, {
      predecessorId: d,
      type: 'FS',
    });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().error.code).toBe('dependency_cycle');
    const dup = await c.as.seller.request('POST', `/api/v1/tasks/${b}/dependencies`, { predecessorId: a, type: 'FF' });
    expect(dup.json().error.code).toBe('dependency_exists');
    const self = await c.as.seller.request('POST', `/api/v1/tasks/${a}/dependencies`, { predecessorId: a, type: 'FS' });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details[0].field).toBe('predecessorId');
    const badType = await c.as.seller.request('POST', `/api/v1/tasks/${a}/dependencies`, {
      predecessorId: b,
      type: 'XX',
    });
    expect(badType.json().error.details[0].field).toBe('type');
    const hidden = (
      await c.as.outsider.request('POST', '/api/v1/tasks', { title: 'Hidden', responsibleId: c.id.outsider })
    ).json().id;
    const invisible = await c.as.seller.request('POST', `/api/v1/tasks/${a}/dependencies`, {
      predecessorId: hidden,
      type: 'FS',
    });
    expect(invisible.statusCode).toBe(404);
    expect(
      (await c.as.designer.request('POST', `/api/v1/tasks/${a}/dependencies`, { predecessorId: b, type: 'FS' }))
        .statusCode,
    ).toBe(404);
    const both = (await c.as.seller.request('GET', `/api/v1/tasks/${b}/dependencies`)).json().items;
    expect(both.map((l: { predecessorId: string; successorId: string }) => [l.predecessorId, l.successorId])).toEqual([
      [a, b],
      [b, d],
    ]);
    expect((await c.as.seller.request('DELETE', `/api/v1/tasks/${b}/dependencies/${both[0].id}`)).statusCode).toBe(204);
    expect((await c.as.seller.request('DELETE', `/api/v1/tasks/${b}/dependencies/${both[0].id}`)).statusCode).toBe(404);
    expect(
      (await c.as.seller.request('POST', `/api/v1/tasks/${a}/dependencies`, { predecessorId: d, type: 'FS' }))
        .statusCode,
    ).toBe(201);
  });

  it('stores, lists, serves and removes attachments; over 20 MB is 413', async () => {
    const res = await upload('designer', taskId, 'план выставки.txt', Buffer.from('booth plan'));
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({
      fileName: 'план выставки.txt',
      contentType: 'text/plain',
      size: 10,
      uploadedById: c.id.designer,
      url: `/api/v1/tasks/${taskId}/attachments/${file.id}/content`,
    });
    const download = await portal.app.inject({
      method: 'GET',
      url: file.url,
      headers: { cookie: `artel_session=${c.as.junior.cookie}` },
    });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('booth plan');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('план выставки.txt')}`,
    );
    const hidden = await portal.app.inject({
      method: 'GET',
      url: file.url,
      headers: { cookie: `artel_session=${c.as.outsider.cookie}` },
    });
    expect(hidden.statusCode).toBe(404);
    expect((await upload('outsider', taskId, 'x.txt', Buffer.from('x'))).statusCode).toBe(404);
    const big = await upload('designer', taskId, 'big.bin', Buffer.alloc(20 * 1024 * 1024 + 1));
    expect(big.statusCode).toBe(413);
    const list = (await c.as.seller.request('GET', `/api/v1/tasks/${taskId}/attachments`)).json();
    expect(list.items.map((f: { id: string }) => f.id)).toEqual([file.id]);

    const comment = await c.as.designer.request('POST', `/api/v1/tasks/${taskId}/comments`, {
      body: 'Plan attached',
      attachmentIds: [file.id],
    });
    expect(comment.json().attachments.map((f: { id: string }) => f.id)).toEqual([file.id]);
    const reuse = await c.as.designer.request('POST', `/api/v1/tasks/${taskId}/comments`, {
      body: 'Again',
      attachmentIds: [file.id],
    });
    expect(reuse.json().error.details[0].field).toBe('attachmentIds');
    expect((await c.as.junior.request('DELETE', `/api/v1/tasks/${taskId}/attachments/${file.id}`)).statusCode).toBe(
      403,
    );
    expect((await c.as.designer.request('DELETE', `/api/v1/tasks/${taskId}/attachments/${file.id}`)).statusCode).toBe(
      204,
    );
    const gone = await portal.app.inject({
      method: 'GET',
      url: file.url,
      headers: { cookie: `artel_session=${c.as.seller.cookie}` },
    });
    expect(gone.statusCode).toBe(404);
  });
});
