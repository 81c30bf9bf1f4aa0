import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acyclicNetwork, end, link, task } from '../test/gantt-fixtures.js';
import { computeAtRisk } from './at-risk.js';
import { finishDayOf } from './days.js';
import { requiredStart } from './graph.js';
import { computeSchedule } from './schedule.js';
import type { GanttLink, GanttProject, GanttTask } from './types.js';

function atRisk(tasks: GanttTask[], links: GanttLink[] = [], project: GanttProject | null = null): string[] {
  return [...computeAtRisk(tasks, computeSchedule(tasks, links, project), project)].sort();
}

describe('computeAtRisk', () => {
  it('flags an open task planned to finish after its own deadline, not a completed one', () => {
    expect(atRisk([task('a', 0, 4, { deadline: end(3) }), task('b', 0, 4, { deadline: end(4) })])).toEqual(['a']);
    expect(atRisk([task('a', 0, 4, { deadline: end(3), status: 'completed' })])).toEqual([]);
  });

  it('flags the predecessor that drives a late successor', () => {
    const tasks = [task('a', 0, 2), task('b', 3, 5, { deadline: end(4) })];
    expect(atRisk(tasks, [link('a', 'b')])).toEqual(['a', 'b']);
  });

  it('does not flag a predecessor whose successor has room on the link', () => {
    // b starts on day 4 although a lets it start on day 3: a slipping a day would not make b later.
    const tasks = [task('a', 0, 2), task('b', 4, 6, { deadline: end(5) })];
    expect(atRisk(tasks, [link('a', 'b')])).toEqual(['b']);
  });

  it('flags a chain pushed past the project’s end date by its links', () => {
    const tasks = [task('a', 0, 3), task('b', 0, 2), task('c', 0, 0)];
    const links = [link('a', 'b'), link('b', 'c')];
    expect(atRisk(tasks, links, { startDate: null, endDate: end(6) })).toEqual(['a', 'b', 'c']);
    expect(atRisk(tasks, links, { startDate: null, endDate: end(7) })).toEqual([]);
  });

  it('stops at a completed task: nothing before it can still move what follows', () => {
    const tasks = [task('a', 0, 2), task('c', 3, 4, { status: 'completed' }), task('d', 5, 6, { deadline: end(5) })];
    expect(atRisk(tasks, [link('a', 'c'), link('c', 'd')])).toEqual(['d']);
  });

  it('follows each link type when judging what drives what', () => {
    // SS: b may start with a; b's deadline is missed, and a fixes b's start.
    expect(atRisk([task('a', 2, 3), task('b', 0, 4, { deadline: end(5) })], [link('a', 'b', 'SS')])).toEqual([
      'a',
      'b',
    ]);
    // FF: b must finish with a, which ends past b's deadline.
    expect(atRisk([task('a', 0, 6), task('b', 0, 1, { deadline: end(5) })], [link('a', 'b', 'FF')])).toEqual([
      'a',
      'b',
    ]);
  });

  it('on random networks: late tasks are at risk, and every other flag is carried by a driven successor', () => {
    const deadlines = fc.array(fc.option(fc.integer({ min: 0, max: 80 })), { maxLength: 30 });
    const statuses = fc.array(fc.constantFrom('pending', 'in_progress', 'completed'), { maxLength: 30 });
    fc.assert(
      fc.property(
        acyclicNetwork(),
        deadlines,
        statuses,
        fc.option(fc.integer({ min: 0, max: 90 })),
        (net, ds, ss, endDay) => {
          const tasks = net.tasks.map((t, i) => ({
            ...t,
            deadline: ds[i] == null ? null : end(ds[i]!),
            status: ss[i] ?? 'pending',
          }));
          const project = { startDate: null, endDate: endDay === null ? null : end(endDay) };
          const s = computeSchedule(tasks, net.links, project);
          const flagged = computeAtRisk(tasks, s, project);
          const limit = project.endDate ? finishDayOf(project.endDate) : Infinity;
          for (const t of tasks) {
            const own = s.tasks.get(t.id)!;
            const late = own.earlyFinish > (t.deadline ? finishDayOf(t.deadline) : Infinity) || own.earlyFinish > limit;
            if (t.status === 'completed') expect(flagged.has(t.id)).toBe(false);
            else if (late) expect(flagged.has(t.id)).toBe(true);
            else if (flagged.has(t.id)) {
              const carried = net.links.some((l) => {
                if (l.predecessorId !== t.id || !flagged.has(l.successorId)) return false;
                const q = s.tasks.get(l.successorId)!;
                const code = { FS: 0, SS: 1, FF: 2, SF: 3 }[l.type];
                return requiredStart(code, own.earlyStart, own.earlyFinish, q.durationDays) === q.earlyStart;
              });
              expect(carried).toBe(true);
            }
          }
          if (!s.feasible && tasks.every((t) => t.status !== 'completed')) expect(flagged.size).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
