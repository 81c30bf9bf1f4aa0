import { describe, expect, it } from 'vitest';
import { buildTree, flattenTree, parentIds } from './taskTree';
import type { GanttTask } from './types';

function task(id: string, parentId: string | null, startDate: string | null = null): GanttTask {
  return {
    id,
    title: id,
    parentId,
    startDate,
    endDate: startDate,
    deadline: null,
    status: 'new',
    progress: 0,
    responsibleId: 'u',
    critical: false,
    slackDays: null,
    atRisk: false,
    plannedStartDate: startDate,
    plannedEndDate: startDate,
    scheduled: startDate !== null,
    subtaskCount: 0,
    canEdit: true,
  };
}

const TASKS = [
  task('b', null, '2026-03-05T00:00:00.000Z'),
  task('a', null, '2026-03-01T00:00:00.000Z'),
  task('a2', 'a', '2026-03-04T00:00:00.000Z'),
  task('a1', 'a', '2026-03-02T00:00:00.000Z'),
  task('a1x', 'a1', '2026-03-02T00:00:00.000Z'),
  task('undated', null),
  task('orphan', 'not-visible', '2026-03-03T00:00:00.000Z'),
];

describe('task tree', () => {
  it('lists subtasks under their parents, depth first, in the order given', () => {
    const rows = flattenTree(buildTree(TASKS), new Set());
    expect(rows.map((r) => `${'-'.repeat(r.depth)}${r.task.id}`)).toEqual([
      'b',
      'a',
      '-a2',
      '-a1',
      '--a1x',
      'undated',
      'orphan',
    ]);
    expect(rows.find((r) => r.task.id === 'a')).toMatchObject({ hasChildren: true, expanded: true });
    expect(rows.find((r) => r.task.id === 'b')).toMatchObject({ hasChildren: false, expanded: false });
  });

  it('hides the whole subtree of a collapsed task', () => {
    const tree = buildTree(TASKS);
    expect(flattenTree(tree, new Set(['a'])).map((r) => r.task.id)).toEqual(['b', 'a', 'undated', 'orphan']);
    const rows = flattenTree(tree, new Set(['a1']));
    expect(rows.map((r) => r.task.id)).toEqual(['b', 'a', 'a2', 'a1', 'undated', 'orphan']);
    expect(rows[3]).toMatchObject({ hasChildren: true, expanded: false });
    expect(flattenTree(tree, new Set(parentIds(tree))).map((r) => r.task.id)).toEqual(['b', 'a', 'undated', 'orphan']);
  });

  it('treats a task whose parent is invisible, or itself, as a root and never loops', () => {
    const rows = flattenTree(buildTree([task('x', 'x'), task('y', 'gone')]), new Set());
    expect(rows.map((r) => [r.task.id, r.depth])).toEqual([
      ['x', 0],
      ['y', 0],
    ]);
  });

  it('flattens 5,000 tasks ten levels deep', () => {
    const many = Array.from({ length: 5000 }, (_, i) => task(`t${i}`, i % 10 === 0 ? null : `t${i - 1}`));
    const rows = flattenTree(buildTree(many), new Set());
    expect(rows).toHaveLength(5000);
    expect(Math.max(...rows.map((r) => r.depth))).toBe(9);
  });
});
