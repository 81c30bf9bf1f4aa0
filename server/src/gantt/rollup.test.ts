import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { end, start, task } from '../test/gantt-fixtures.js';
import { computeTaskProgress, rollupDates } from './rollup.js';

describe('rollupDates', () => {
  it('spans a parent over its children, through every level', () => {
    const spans = rollupDates([
      task('root', 0, 1),
      task('p', 5, 6, { parentId: 'root' }),
      task('c1', 3, 4, { parentId: 'p' }),
      task('c2', 8, 12, { parentId: 'p' }),
      task('c3', null, null, { parentId: 'p' }),
      task('r2', 2, 2, { parentId: 'root' }),
    ]);
    expect(spans.get('p')).toEqual({ startDate: start(3), endDate: end(12) });
    expect(spans.get('root')).toEqual({ startDate: start(2), endDate: end(12) });
    expect(spans.get('c1')).toEqual({ startDate: start(3), endDate: end(4) });
    expect(spans.get('c3')).toBeNull();
  });

  it('keeps a parent’s own dates when no child has dates, and survives a parent loop', () => {
    const spans = rollupDates([
      task('p', 1, 2),
      task('c', null, null, { parentId: 'p' }),
      task('x', 0, 1, { parentId: 'y' }),
      task('y', 4, 5, { parentId: 'x' }),
    ]);
    expect(spans.get('p')).toEqual({ startDate: start(1), endDate: end(2) });
    expect(spans.size).toBe(4);
  });
  it('compares instants, not text, when a date is not in the canonical form', () => {
    const spans = rollupDates([
      task('p', null, null),
      { ...task('a', 0, 0, { parentId: 'p' }), startDate: '2026-03-02T08:00:00+03:00' },
      task('b', 0, 0, { parentId: 'p' }),
    ]);
    expect(spans.get('p')!.startDate).toBe('2026-03-02T08:00:00+03:00');
  });
});

describe('computeTaskProgress', () => {
  it('is 100 for a completed task, the checklist’s share otherwise, 0 without one', () => {
    const p = computeTaskProgress([
      task('done', 0, 1, { status: 'completed', checklistTotal: 4, checklistDone: 1 }),
      task('half', 0, 1, { checklistTotal: 4, checklistDone: 3 }),
      task('none', 0, 1),
    ]);
    expect([p.get('done'), p.get('half'), p.get('none')]).toEqual([100, 75, 0]);
  });

  it('weights subtasks by their length in days and leaves declined ones out', () => {
    const p = computeTaskProgress([
      task('p', 0, 0),
      task('short', 0, 1, { parentId: 'p', status: 'completed' }),
      task('long', 2, 7, { parentId: 'p' }),
      task('dropped', 0, 30, { parentId: 'p', status: 'declined' }),
    ]);
    expect(p.get('p')).toBe(25);
  });

  it('counts a parent’s own checklist as one more part weighing as an average subtask', () => {
    const p = computeTaskProgress([
      task('p', 0, 0, { checklistTotal: 2, checklistDone: 1 }),
      task('short', 0, 1, { parentId: 'p', status: 'completed' }),
      task('long', 2, 7, { parentId: 'p' }),
    ]);
    expect(p.get('p')).toBeCloseTo(400 / 12);
  });

  it('rolls progress up through levels', () => {
    const p = computeTaskProgress([
      task('g', null, null),
      task('p', null, null, { parentId: 'g' }),
      task('c', 0, 0, { parentId: 'p', checklistTotal: 2, checklistDone: 1 }),
    ]);
    expect([p.get('p'), p.get('g')]).toEqual([50, 50]);
  });

  it('on random trees: always within 0–100, and a parent lies between its parts', () => {
    const node = fc.record({
      parent: fc.nat(),
      from: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 0, max: 10 }),
      status: fc.constantFrom('pending', 'in_progress', 'completed', 'declined'),
      total: fc.nat({ max: 5 }),
      done: fc.nat({ max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 40 }), (nodes) => {
        const tasks = nodes.map((n, i) =>
          task(`t${i}`, n.from, n.from + n.length, {
            parentId: i === 0 ? null : `t${n.parent % i}`,
            status: n.status,
            checklistTotal: n.total,
            checklistDone: n.done,
          }),
        );
        const p = computeTaskProgress(tasks);
        for (const t of tasks) {
          const v = p.get(t.id)!;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100 + 1e-9);
          const parts = tasks.filter((c) => c.parentId === t.id && c.status !== 'declined').map((c) => p.get(c.id)!);
          if (t.checklistTotal > 0) parts.push((Math.min(t.checklistDone, t.checklistTotal) / t.checklistTotal) * 100);
          if (t.status !== 'completed' && parts.length > 0) {
            expect(v).toBeGreaterThanOrEqual(Math.min(...parts) - 1e-9);
            expect(v).toBeLessThanOrEqual(Math.max(...parts) + 1e-9);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
