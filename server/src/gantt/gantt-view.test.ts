import { describe, expect, it } from 'vitest';
import { end, link, start, task } from '../test/gantt-fixtures.js';
import { buildGanttView } from './gantt-view.js';

describe('buildGanttView', () => {
  it('rolls parents up, then schedules, flags and measures every task', () => {
    const tasks = [
      task('p', 0, 0),
      task('a', 0, 2, { parentId: 'p', status: 'completed' }),
      task('b', 3, 6, { parentId: 'p', checklistTotal: 3, checklistDone: 1 }),
      task('side', 0, 1),
      task('later', null, null),
    ];
    const view = buildGanttView(tasks, [link('a', 'b')], { endDate: end(5) });
    expect(view.tasks.get('p')).toEqual({
      startDate: start(0),
      endDate: end(6),
      progress: 62, // (3 days × 100 + 4 days × 33.3) / 7
      critical: true,
      slackDays: -1,
      atRisk: true,
    });
    expect(view.tasks.get('a')).toMatchObject({ critical: true, slackDays: -1, atRisk: false, progress: 100 });
    expect(view.tasks.get('b')).toMatchObject({ critical: true, atRisk: true, progress: 33 });
    expect(view.tasks.get('side')).toMatchObject({ critical: false, slackDays: 4, atRisk: false });
    expect(view.tasks.get('later')).toEqual({
      startDate: null,
      endDate: null,
      progress: 0,
      critical: false,
      slackDays: null,
      atRisk: false,
    });
    expect(view.unscheduled).toEqual([{ id: 'later', reason: 'no_dates' }]);
    expect([...view.atRisk].sort()).toEqual(['b', 'p']);
  });
});
