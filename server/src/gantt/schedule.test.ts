import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acyclicNetwork, dayNo, end, link, task } from '../test/gantt-fixtures.js';
import { dayOf } from './days.js';
import { computeSchedule, type Schedule } from './schedule.js';
import type { GanttLink } from './types.js';

const RUNS = { numRuns: 200 };

/** Early start/finish of a task as fixture days (finish exclusive). */
function early(schedule: Schedule, id: string): [number, number] {
  const s = schedule.tasks.get(id)!;
  return [s.earlyStart - dayNo(0), s.earlyFinish - dayNo(0)];
}

describe('computeSchedule: link types', () => {
  it('FS: the successor starts the day after its predecessor’s last day', () => {
    const s = computeSchedule([task('a', 0, 2), task('b', 1, 2)], [link('a', 'b', 'FS')]);
    expect(early(s, 'a')).toEqual([0, 3]);
    expect(early(s, 'b')).toEqual([3, 5]);
  });

  it('SS: the successor starts no earlier than its predecessor starts', () => {
    const s = computeSchedule([task('a', 2, 4), task('b', 0, 1)], [link('a', 'b', 'SS')]);
    expect(early(s, 'b')).toEqual([2, 4]);
  });

  it('FF: the successor finishes no earlier than its predecessor, keeping its length', () => {
    const s = computeSchedule([task('a', 0, 4), task('b', 0, 1)], [link('a', 'b', 'FF')]);
    expect(early(s, 'b')).toEqual([3, 5]);
  });

  it('SF: the successor finishes no earlier than its predecessor starts', () => {
    const s = computeSchedule([task('a', 5, 6), task('b', 0, 1)], [link('a', 'b', 'SF')]);
    expect(early(s, 'b')).toEqual([3, 5]);
  });

  it('a successor planned later than its link requires stays where it is', () => {
    const s = computeSchedule([task('a', 0, 1), task('b', 10, 11)], [link('a', 'b', 'FS')]);
    expect(early(s, 'b')).toEqual([10, 12]);
  });
});

describe('computeSchedule: critical path of a known network', () => {
  // A(3) → B(2) → D(1) and A → C(4) → D: the path through C is the longest.
  const tasks = [task('a', 0, 2), task('b', 0, 1), task('c', 0, 3), task('d', 0, 0)];
  const links = [link('a', 'b'), link('a', 'c'), link('b', 'd'), link('c', 'd')];

  it('finds A, C, D critical and gives B two days of slack', () => {
    const s = computeSchedule(tasks, links);
    expect(s.order[0]).toBe('a');
    expect(s.order[3]).toBe('d');
    expect(s.projectFinish).toBe(dayNo(8));
    expect([...s.tasks.values()].filter((t) => t.critical).map((t) => t.id)).toEqual(['a', 'c', 'd']);
    expect(s.tasks.get('b')).toMatchObject({ slackDays: 2, lateStart: dayNo(5), lateFinish: dayNo(7) });
    expect(s.tasks.get('c')).toMatchObject({ slackDays: 0, earlyStart: dayNo(3), earlyFinish: dayNo(7) });
    expect(s.feasible).toBe(true);
  });

  it('measures against the project’s end date when it has one', () => {
    const s = computeSchedule(tasks, links, { endDate: end(9) });
    expect(s.projectFinish).toBe(dayNo(10));
    expect([...s.tasks.values()].map((t) => t.slackDays)).toEqual([2, 4, 2, 2]);
    expect([...s.tasks.values()].some((t) => t.critical)).toBe(false);
  });

  it('gives negative slack to the chain that already misses the project’s end date', () => {
    const s = computeSchedule(tasks, links, { endDate: end(5) });
    expect(s.feasible).toBe(false);
    expect(s.tasks.get('d')!.slackDays).toBe(-2);
    // B, with zero slack, cannot slip a day either without the project missing its end by more.
    expect(s.tasks.get('b')!.slackDays).toBe(0);
    expect([...s.tasks.values()].filter((t) => t.critical).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
    expect([...s.tasks.values()].map((t) => t.slackDays)).toEqual([-2, 0, -2, -2]);
  });

  it('reads SS, FF and SF backwards in the late dates', () => {
    // b may start with a (SS), c must finish with b (FF), d finishes when c starts (SF).
    const s = computeSchedule(
      [task('a', 0, 5), task('b', 0, 1), task('c', 0, 2), task('d', 0, 0)],
      [link('a', 'b', 'SS'), link('b', 'c', 'FF'), link('c', 'd', 'SF')],
    );
    expect(s.projectFinish).toBe(dayNo(6));
    expect(s.tasks.get('b')).toMatchObject({ slackDays: 4, lateFinish: dayNo(6) });
    expect(s.tasks.get('c')).toMatchObject({ slackDays: 3, lateFinish: dayNo(6) });
    expect(s.tasks.get('d')).toMatchObject({ earlyStart: dayNo(0), slackDays: 5 });
    expect(s.tasks.get('a')).toMatchObject({ slackDays: 0, critical: true });
  });
});

describe('computeSchedule: what it leaves out', () => {
  it('lists undated tasks as unscheduled; links through them constrain nothing', () => {
    const s = computeSchedule(
      [task('a', 0, 4), task('x', null, 3), task('b', 0, 0), task('bad', 5, 2)],
      [link('a', 'x'), link('x', 'b')],
    );
    expect(s.unscheduled).toEqual([
      { id: 'x', reason: 'no_dates' },
      { id: 'bad', reason: 'invalid_dates' },
    ]);
    expect(early(s, 'b')).toEqual([0, 1]);
    expect([...s.tasks.keys()].sort()).toEqual(['a', 'b']);
  });

  it('reports a cycle with the tasks caught in it and downstream of it', () => {
    const s = computeSchedule(
      [task('a', 0, 1), task('b', 0, 1), task('c', 0, 1), task('d', 0, 1), task('e', 0, 1)],
      [link('a', 'b'), link('b', 'c'), link('c', 'a'), link('c', 'd'), link('e', 'a')],
    );
    expect(s.cycles).toHaveLength(1);
    expect(rotate(s.cycles[0]!)).toEqual(['a', 'b', 'c']);
    expect(s.blocked.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...s.tasks.keys()]).toEqual(['e']);
  });

  it('reports a self-link as a cycle', () => {
    const s = computeSchedule([task('a', 0, 1)], [link('a', 'a')]);
    expect(s.cycles).toEqual([['a']]);
  });

  it('handles an empty project', () => {
    const s = computeSchedule([], []);
    expect(s).toMatchObject({ order: [], cycles: [], projectFinish: null, feasible: true });
  });
});

/** A cycle read from its smallest id, so tests can compare it. */
function rotate(cycle: string[]): string[] {
  const i = cycle.indexOf([...cycle].sort()[0]!);
  return [...cycle.slice(i), ...cycle.slice(0, i)];
}

/** Whether the link holds between the early dates of its two tasks. */
function linkHolds(s: Schedule, l: GanttLink): boolean {
  const p = s.tasks.get(l.predecessorId)!;
  const q = s.tasks.get(l.successorId)!;
  if (l.type === 'FS') return q.earlyStart >= p.earlyFinish;
  if (l.type === 'SS') return q.earlyStart >= p.earlyStart;
  if (l.type === 'FF') return q.earlyFinish >= p.earlyFinish;
  return q.earlyFinish >= p.earlyStart;
}

describe('computeSchedule: properties on random acyclic networks', () => {
  it('no successor starts or finishes before its link allows', () => {
    fc.assert(
      fc.property(acyclicNetwork(), ({ tasks, links }) => {
        const s = computeSchedule(tasks, links);
        expect(s.cycles).toEqual([]);
        for (const l of links) expect(linkHolds(s, l)).toBe(true);
        for (const t of tasks) expect(s.tasks.get(t.id)!.earlyStart).toBeGreaterThanOrEqual(dayOf(t.startDate!));
      }),
      RUNS,
    );
  });

  it('without an end date: slack is never negative, critical means zero slack, and a critical task ends the project or drives one', () => {
    fc.assert(
      fc.property(acyclicNetwork(), ({ tasks, links }) => {
        const s = computeSchedule(tasks, links);
        expect(s.feasible).toBe(true);
        const all = [...s.tasks.values()];
        for (const t of all) {
          expect(t.slackDays).toBeGreaterThanOrEqual(0);
          expect(t.critical).toBe(t.slackDays === 0);
          expect(t.lateFinish - t.lateStart).toBe(t.durationDays);
          expect(t.lateFinish).toBeLessThanOrEqual(s.projectFinish!);
        }
        expect(all.some((t) => t.critical && t.earlyFinish === s.projectFinish)).toBe(true);
      }),
      RUNS,
    );
  });

  it('with an end date: slack goes negative exactly when some task cannot finish by it', () => {
    fc.assert(
      fc.property(acyclicNetwork(), fc.integer({ min: 0, max: 90 }), ({ tasks, links }, endDay) => {
        const s = computeSchedule(tasks, links, { endDate: end(endDay) });
        const all = [...s.tasks.values()];
        const infeasible = all.some((t) => t.earlyFinish > dayNo(endDay + 1));
        expect(all.some((t) => t.slackDays < 0)).toBe(infeasible);
        expect(s.feasible).toBe(!infeasible);
        if (!infeasible) for (const t of all) expect(t.critical).toBe(t.slackDays === 0);
        // Late dates honour every link too: slipping a task by its slack breaks nothing.
        for (const l of links) {
          const p = s.tasks.get(l.predecessorId)!;
          const q = s.tasks.get(l.successorId)!;
          const ok = {
            FS: q.lateStart >= p.lateFinish,
            SS: q.lateStart >= p.lateStart,
            FF: q.lateFinish >= p.lateFinish,
            SF: q.lateFinish >= p.lateStart,
          };
          expect(ok[l.type]).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('always detects a cycle closed in a random network', () => {
    fc.assert(
      fc.property(acyclicNetwork(), fc.nat(), fc.nat(), (net, i, j) => {
        // Close a loop: link a task back to one it can already reach (or to itself).
        const s0 = computeSchedule(net.tasks, net.links);
        const from = s0.order[i % s0.order.length]!;
        const reach = reachable(from, net.links);
        const target = reach[j % reach.length]!;
        const s = computeSchedule(net.tasks, [...net.links, link(target, from)]);
        expect(s.cycles.length).toBeGreaterThan(0);
        for (const cycle of s.cycles) {
          for (let k = 0; k < cycle.length; k++) {
            const a = cycle[k]!;
            const b = cycle[(k + 1) % cycle.length]!;
            expect([...net.links, link(target, from)].some((l) => l.predecessorId === a && l.successorId === b)).toBe(
              true,
            );
          }
        }
      }),
      RUNS,
    );
  });
});

function reachable(from: string, links: readonly GanttLink[]): string[] {
  const seen = [from];
  for (let i = 0; i < seen.length; i++) {
    for (const l of links) if (l.predecessorId === seen[i] && !seen.includes(l.successorId)) seen.push(l.successorId);
  }
  return seen;
}
