import { describe, expect, it } from 'vitest';
import { end, link, start, task } from '../test/gantt-fixtures.js';
import { computeProjectProgress } from './progress.js';

const now = new Date(start(10));

describe('computeProjectProgress', () => {
  it('counts done, in progress, overdue and at risk at `now`', () => {
    const tasks = [
      task('done', 0, 1, { status: 'completed', deadline: end(2) }),
      task('late', 0, 3, { status: 'in_progress', deadline: end(5) }),
      task('review', 2, 4, { status: 'awaiting_control', deadline: end(5) }),
      task('parked', 0, 1, { status: 'deferred', deadline: end(3) }),
      task('next', 11, 14, { deadline: end(12) }),
      task('no', null, null, { status: 'declined', deadline: end(1) }),
    ];
    expect(computeProjectProgress(tasks, [link('review', 'next')], null, now)).toEqual({
      total: 6,
      // Waiting for approval is still work under way; a passed deadline there is the approver's, not overdue.
      completed: 1,
      inProgress: 2,
      overdue: 1,
      atRisk: 1,
      percent: 13,
    });
  });

  it('weights percent by duration over leaf tasks, a parent not counting twice', () => {
    const tasks = [
      task('p', 0, 9),
      task('long', 0, 5, { parentId: 'p', status: 'completed' }),
      task('short', 6, 7, { parentId: 'p', checklistTotal: 2, checklistDone: 1 }),
      task('loose', null, null),
    ];
    // (6 × 100 + 2 × 50 + 1 × 0) / 9
    expect(computeProjectProgress(tasks, [], null, now).percent).toBe(78);
  });

  it('reaches 100 when every task is completed, and is 0 for an empty project', () => {
    const done = [task('a', 0, 1, { status: 'completed' }), task('b', null, null, { status: 'completed' })];
    expect(computeProjectProgress(done, [], null, now)).toMatchObject({ completed: 2, percent: 100 });
    expect(computeProjectProgress([], [], null, now)).toEqual({
      total: 0,
      completed: 0,
      inProgress: 0,
      overdue: 0,
      atRisk: 0,
      percent: 0,
    });
  });

  it('counts the chain that misses the project’s end date as at risk, or takes the count given', () => {
    const tasks = [task('a', 0, 4), task('b', 0, 3)];
    const project = { startDate: null, endDate: end(7) };
    expect(computeProjectProgress(tasks, [link('a', 'b')], project, now).atRisk).toBe(2);
    expect(computeProjectProgress(tasks, [link('a', 'b')], project, now, new Set(['b'])).atRisk).toBe(1);
  });
});
