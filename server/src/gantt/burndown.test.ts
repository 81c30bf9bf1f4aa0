import { describe, expect, it } from 'vitest';
import { computeBurndown, MAX_BURNDOWN_DAYS, type LifeEvent } from './burndown.js';

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const created = (taskId: string, day: number, projectId = 'p', status = 'pending'): LifeEvent => ({
  taskId,
  type: 'task.created',
  data: JSON.stringify({ changes: { status: { old: null, new: status }, projectId: { old: null, new: projectId } } }),
  at: at(day),
});
const status = (taskId: string, day: number, from: string, to: string): LifeEvent => ({
  taskId,
  type: 'task.status_changed',
  data: { changes: { status: { old: from, new: to }, action: 'x' } },
  at: at(day),
});

describe('computeBurndown', () => {
  it('counts open tasks per day from creation, completion and reopening', () => {
    const points = computeBurndown(
      'p',
      [
        created('a', 2),
        created('b', 2),
        created('elsewhere', 2, 'q'),
        status('a', 3, 'in_progress', 'completed'),
        status('b', 4, 'in_progress', 'completed'),
        status('b', 5, 'completed', 'pending'),
      ],
      [],
      at(1),
      at(5),
    );
    expect(points).toEqual([
      { date: '2026-03-01', remaining: 0, total: 0 },
      { date: '2026-03-02', remaining: 2, total: 2 },
      { date: '2026-03-03', remaining: 1, total: 2 },
      { date: '2026-03-04', remaining: 0, total: 2 },
      { date: '2026-03-05', remaining: 1, total: 2 },
    ]);
  });

  it('carries what happened before the first day, and follows a task moved in and out', () => {
    const points = computeBurndown(
      'p',
      [
        created('early', 1),
        created('mover', 1, 'q'),
        { taskId: 'mover', type: 'task.updated', data: { changes: { projectId: { old: 'q', new: 'p' } } }, at: at(4) },
        { taskId: 'mover', type: 'task.updated', data: { changes: { projectId: { old: 'p', new: null } } }, at: at(5) },
        { taskId: 'early', type: 'task.deleted', data: { changes: { title: { old: 'x', new: null } } }, at: at(5) },
      ],
      [],
      at(3),
      at(5),
    );
    expect(points).toEqual([
      { date: '2026-03-03', remaining: 1, total: 1 },
      { date: '2026-03-04', remaining: 2, total: 2 },
      { date: '2026-03-05', remaining: 0, total: 0 },
    ]);
  });

  it('counts tasks the log never saw created from their rows', () => {
    const points = computeBurndown(
      'p',
      [],
      [
        { id: 'imported', status: 'completed', createdAt: at(1), completedAt: at(2) },
        { id: 'open', status: 'pending', createdAt: at(2), completedAt: null },
      ],
      at(1),
      at(3),
    );
    expect(points.map((p) => [p.remaining, p.total])).toEqual([
      [1, 1],
      [1, 2],
      [1, 2],
    ]);
  });

  it('answers the latest two years at most, and one day for a project that starts later', () => {
    const long = computeBurndown('p', [created('a', 1)], [], '2019-01-01T00:00:00.000Z', at(3));
    expect(long).toHaveLength(MAX_BURNDOWN_DAYS);
    expect(long.at(-1)).toEqual({ date: '2026-03-03', remaining: 1, total: 1 });
    expect(computeBurndown('p', [], [], '2027-01-01T00:00:00.000Z', at(3))).toEqual([
      { date: '2026-03-03', remaining: 0, total: 0 },
    ]);
  });
});
