import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, type Company, type Person } from '../test/company.js';
import { anonymous, countRows, DIALECTS, startTestPortal, type TestPortal } from '../test/harness.js';

describe.each(DIALECTS)('task workflow over HTTP on %s', (dialect) => {
  let portal: TestPortal;
  let c: Company;

  beforeAll(async () => {
    portal = await startTestPortal(dialect);
    c = await createCompany(portal);
  });
  afterAll(() => portal.close());

  const act = (who: Person, id: string, action: string, body: object = {}) =>
    c.as[who].request('POST', `/api/v1/tasks/${id}/actions/${action}`, body);

  it('runs the cross-department cycle: decline with a reason, reassign, accept, control, return, approve', async () => {
    const task = (
      await c.as.seller.request('POST', '/api/v1/tasks', {
        title: 'Banner',
        responsibleId: c.id.designer,
        observerIds: [c.id.designHead],
        requiresApproval: true,
      })
    ).json();
    expect(task.status).toBe('new');
    const before = await countRows(portal, 'events');
    expect((await act('seller', task.id, 'accept')).statusCode).toBe(403);
    const early = await act('designer', task.id, 'start');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('invalid_transition');
    const noReason = await act('designer', task.id, 'decline');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('reason');
    expect((await act('designer', task.id, 'fly')).json().error.details[0].field).toBe('action');
    expect((await anonymous(portal).request('POST', `/api/v1/tasks/${task.id}/actions/accept`, {})).statusCode).toBe(
      401,
    );
    expect(await countRows(portal, 'events')).toBe(before);

    const declined = (await act('designer', task.id, 'decline', { reason: 'Not my area' })).json();
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Not my area', version: 2 });
    expect(declined.abilities.actions).toEqual([]);
    expect((await c.as.seller.request('GET', `/api/v1/tasks/${task.id}`)).json().abilities.actions).toEqual([
      'reassign',
    ]);
    expect((await act('seller', task.id, 'reassign', {})).json().error.details[0].field).toBe('responsibleId');
    const reassigned = (
      await act('seller', task.id, 'reassign', { responsibleId: c.id.junior, reason: 'Studio' })
    ).json();
    expect(reassigned).toMatchObject({ status: 'new', responsibleId: c.id.junior, declineReason: null });

    expect((await act('junior', task.id, 'accept')).json().status).toBe('pending');
    expect((await act('junior', task.id, 'start')).json().status).toBe('in_progress');
    expect((await act('junior', task.id, 'pause')).json().status).toBe('pending');
    expect((await act('junior', task.id, 'complete')).json().status).toBe('awaiting_control');
    expect((await act('junior', task.id, 'approve')).statusCode).toBe(403);
    expect((await act('seller', task.id, 'disapprove')).statusCode).toBe(400);
    const returned = (await act('seller', task.id, 'disapprove', { reason: 'Logo too small' })).json();
    expect(returned).toMatchObject({ status: 'pending', disapproveReason: 'Logo too small' });
    await act('junior', task.id, 'complete');
    const approved = (await act('seller', task.id, 'approve')).json();
    expect(approved.status).toBe('completed');
    expect(approved.completedAt).not.toBeNull();
    expect((await act('junior', task.id, 'renew')).statusCode).toBe(403);
    const reopened = (await act('seller', task.id, 'renew')).json();
    expect(reopened).toMatchObject({ status: 'pending', completedAt: null });

    const history = (await c.as.seller.request('GET', `/api/v1/tasks/${task.id}/history`)).json().items;
    const statusChanges = history.filter((h: { type: string }) => h.type === 'task.status_changed');
    expect(statusChanges[0].changes).toEqual({
      status: { old: 'new', new: 'declined' },
      action: 'decline',
      reason: 'Not my area',
    });
    expect(statusChanges[1].changes).toMatchObject({
      action: 'reassign',
      reason: 'Studio',
      responsibleId: { old: c.id.designer, new: c.id.junior },
    });
    expect(statusChanges.map((h: { changes: { action: string } }) => h.changes.action)).toEqual([
      'decline',
      'reassign',
      'accept',
      'start',
      'pause',
      'complete',
      'disapprove',
      'complete',
      'approve',
      'renew',
    ]);
  });

  it('completes straight away without approval, or when creator and responsible are the same', async () => {
    const own = (
      await c.as.seller.request('POST', '/api/v1/tasks', {
        title: 'Own',
        responsibleId: c.id.seller,
        requiresApproval: true,
      })
    ).json();
    expect((await act('seller', own.id, 'complete')).json().status).toBe('completed');
    const plain = (
      await c.as.salesHead.request('POST', '/api/v1/tasks', { title: 'Plain', responsibleId: c.id.seller })
    ).json();
    expect(plain.status).toBe('pending');
    expect((await act('seller', plain.id, 'complete')).json().status).toBe('completed');
    expect((await act('seller', plain.id, 'complete')).statusCode).toBe(409);
  });

  it('defers and renews by the responsible person or the creator; admins act as creators', async () => {
    const task = (
      await c.as.salesHead.request('POST', '/api/v1/tasks', {
        title: 'Later',
        responsibleId: c.id.seller,
        requiresApproval: true,
      })
    ).json();
    expect((await act('seller', task.id, 'defer')).json().status).toBe('deferred');
    expect((await act('seller', task.id, 'start')).statusCode).toBe(409);
    expect((await act('salesHead', task.id, 'renew')).json().status).toBe('pending');
    expect((await act('salesHead', task.id, 'defer')).json().status).toBe('deferred');
    expect((await act('admin', task.id, 'renew')).json().status).toBe('pending');
    await act('seller', task.id, 'complete');
    expect((await act('admin', task.id, 'approve')).json().status).toBe('completed');
  });

  it('delegates only to a subordinate; the delegator becomes an observer and the task restarts pending', async () => {
    const task = (
      await c.as.boss.request('POST', '/api/v1/tasks', { title: 'Style guide', responsibleId: c.id.designHead })
    ).json();
    expect(task.status).toBe('pending');
    await act('designHead', task.id, 'start');
    const toOutsider = await act('designHead', task.id, 'delegate', { userId: c.id.outsider });
    expect(toOutsider.statusCode).toBe(400);
    expect(toOutsider.json().error.details[0].field).toBe('userId');
    expect((await act('designHead', task.id, 'delegate', {})).json().error.details[0].field).toBe('userId');
    expect((await act('boss', task.id, 'delegate', { userId: c.id.junior })).statusCode).toBe(403);
    const delegated = (await act('designHead', task.id, 'delegate', { userId: c.id.junior })).json();
    expect(delegated).toMatchObject({
      status: 'pending',
      responsibleId: c.id.junior,
      observerIds: [c.id.designHead],
      creatorId: c.id.boss,
    });
    expect((await c.as.junior.request('GET', `/api/v1/tasks/${task.id}`)).json().abilities.actions).toContain('start');
    const history = (await c.as.junior.request('GET', `/api/v1/tasks/${task.id}/history`)).json().items;
    expect(history.map((h: { type: string }) => h.type).slice(-2)).toEqual([
      'task.member_added',
      'task.status_changed',
    ]);
    expect(history.at(-2).changes).toEqual({ userId: c.id.designHead, role: 'observer', via: 'delegate' });
  });

  it('answers 404 for an action on a missing task and leaves no event for any refusal', async () => {
    const before = await countRows(portal, 'events');
    expect((await act('seller', 'missing', 'accept')).statusCode).toBe(404);
    const task = (
      await c.as.seller.request('POST', '/api/v1/tasks', { title: 'x', responsibleId: c.id.designer })
    ).json();
    const created = await countRows(portal, 'events');
    expect(created).toBe(before + 1);
    await act('designer', task.id, 'approve');
    await act('designer', task.id, 'complete');
    await act('junior', task.id, 'accept');
    expect(await countRows(portal, 'events')).toBe(created);
  });
});
