import { describe, expect, it } from 'vitest';
import { offeredActions, type ActionTask } from './taskActions';

const CREATOR = { id: 'creator', isAdmin: false };
const RESPONSIBLE = { id: 'resp', isAdmin: false };
const OBSERVER = { id: 'watcher', isAdmin: false };
const ADMIN = { id: 'root', isAdmin: true };

function task(status: ActionTask['status'], extra: Partial<ActionTask> = {}): ActionTask {
  return { status, creatorId: 'creator', responsibleId: 'resp', ...extra };
}

describe('actions offered on the task page', () => {
  it('asks the responsible person of a new task to accept or decline', () => {
    expect(offeredActions(task('new'), RESPONSIBLE)).toEqual(['accept', 'decline', 'delegate']);
  });

  it('lets the creator of a declined task only reassign it', () => {
    expect(offeredActions(task('declined'), CREATOR)).toEqual(['reassign']);
    expect(offeredActions(task('declined'), RESPONSIBLE)).toEqual([]);
  });

  it('walks the responsible person through start, pause and complete', () => {
    expect(offeredActions(task('pending'), RESPONSIBLE)).toEqual(['start', 'complete', 'defer', 'delegate']);
    expect(offeredActions(task('in_progress'), RESPONSIBLE)).toEqual(['complete', 'pause', 'defer', 'delegate']);
  });

  it('gives approval to the creator, not to the one who did the work', () => {
    expect(offeredActions(task('awaiting_control'), CREATOR)).toEqual(['approve', 'disapprove', 'reassign']);
    expect(offeredActions(task('awaiting_control'), RESPONSIBLE)).toEqual([]);
    expect(offeredActions(task('awaiting_control'), ADMIN)).toEqual(['approve', 'disapprove', 'reassign']);
  });

  it('offers nothing to an observer', () => {
    for (const status of ['new', 'pending', 'in_progress', 'awaiting_control', 'completed', 'deferred'] as const) {
      expect(offeredActions(task(status), OBSERVER)).toEqual([]);
    }
  });

  it('lets only the creator reopen completed work, while either may renew a deferred task', () => {
    expect(offeredActions(task('completed'), CREATOR)).toEqual(['renew']);
    expect(offeredActions(task('completed'), RESPONSIBLE)).toEqual([]);
    expect(offeredActions(task('deferred'), RESPONSIBLE)).toEqual(['renew']);
  });

  it('follows the server where it knows more (delegating needs subordinates)', () => {
    const withAbilities = task('pending', { abilities: { actions: ['start', 'complete', 'defer'] } });
    expect(offeredActions(withAbilities, RESPONSIBLE)).toEqual(['start', 'complete', 'defer']);
  });

  it('treats a self-set task as both roles', () => {
    const own = task('in_progress', { creatorId: 'resp' });
    expect(offeredActions(own, RESPONSIBLE)).toEqual(['complete', 'pause', 'defer', 'delegate', 'reassign']);
  });
});
