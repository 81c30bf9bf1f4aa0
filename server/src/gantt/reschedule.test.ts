import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acyclicNetwork, dayNo, end, link, start, task } from '../test/gantt-fixtures.js';
import { dayOf, finishDayOf } from './days.js';
import { ScheduleCycleError } from './errors.js';
import { rescheduleTask } from './reschedule.js';
import { computeSchedule } from './schedule.js';
import type { GanttLink, GanttTask } from './types.js';

const RUNS = { numRuns: 200 };

const span = (from: number, to: number) => ({ startDate: start(from), endDate: end(to) });

describe('rescheduleTask: link types', () => {
  it('FS: pushes the successor to start after the moved task’s new end, keeping its length', () => {
    const shifted = rescheduleTask([task('a', 0, 2), task('b', 3, 4)], [link('a', 'b', 'FS')], {
      id: 'a',
      ...span(2, 4),
    });
    expect(shifted).toEqual([{ id: 'b', old: span(3, 4), new: span(5, 6) }]);
  });

  it('SS: pushes the successor’s start to the moved task’s start', () => {
    const shifted = rescheduleTask([task('a', 0, 2), task('b', 1, 1)], [link('a', 'b', 'SS')], {
      id: 'a',
      ...span(4, 5),
    });
    expect(shifted).toEqual([{ id: 'b', old: span(1, 1), new: span(4, 4) }]);
  });

  it('FF: pushes the successor’s end to the moved task’s end (a resize counts)', () => {
    const shifted = rescheduleTask([task('a', 0, 2), task('b', 0, 3)], [link('a', 'b', 'FF')], {
      id: 'a',
      ...span(0, 6),
    });
    expect(shifted).toEqual([{ id: 'b', old: span(0, 3), new: span(3, 6) }]);
  });

  it('SF: pushes the successor’s end up to the moved task’s start', () => {
    const shifted = rescheduleTask([task('a', 5, 6), task('b', 2, 4)], [link('a', 'b', 'SF')], {
      id: 'a',
      ...span(8, 9),
    });
    expect(shifted).toEqual([{ id: 'b', old: span(2, 4), new: span(5, 7) }]);
  });

  it('moves only as far as needed: slack absorbs part of the move, and a chain follows transitively', () => {
    const tasks = [task('a', 0, 1), task('b', 4, 5), task('c', 6, 6), task('d', 20, 21)];
    const links = [link('a', 'b'), link('b', 'c'), link('c', 'd')];
    const shifted = rescheduleTask(tasks, links, { id: 'a', ...span(3, 5) });
    expect(shifted).toEqual([
      { id: 'b', old: span(4, 5), new: span(6, 7) },
      { id: 'c', old: span(6, 6), new: span(8, 8) },
    ]);
  });

  it('never pulls a dependant back when the task moves earlier', () => {
    expect(rescheduleTask([task('a', 5, 6), task('b', 7, 8)], [link('a', 'b')], { id: 'a', ...span(0, 1) })).toEqual(
      [],
    );
  });

  it('keeps the times of day of a shifted task', () => {
    const b = { ...task('b', 3, 3), startDate: '2026-03-05T10:30:00.000Z', endDate: '2026-03-05T12:00:00.000Z' };
    const [moved] = rescheduleTask([task('a', 0, 2), b], [link('a', 'b')], { id: 'a', ...span(0, 4) });
    expect(moved!.new).toEqual({ startDate: '2026-03-07T10:30:00.000Z', endDate: '2026-03-07T12:00:00.000Z' });
  });

  it('leaves undated dependants alone, and they pass nothing on', () => {
    const tasks = [task('a', 0, 1), task('x', null, null), task('c', 2, 2)];
    expect(rescheduleTask(tasks, [link('a', 'x'), link('x', 'c')], { id: 'a', ...span(5, 6) })).toEqual([]);
  });

  it('refuses a cycle through the moved task with a typed error naming it', () => {
    const tasks = [task('a', 0, 1), task('b', 2, 3), task('c', 4, 5)];
    const links = [link('a', 'b'), link('b', 'c'), link('c', 'a')];
    let error: unknown;
    try {
      rescheduleTask(tasks, links, { id: 'a', ...span(1, 2) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScheduleCycleError);
    expect((error as ScheduleCycleError).code).toBe('dependency_cycle');
    expect([...(error as ScheduleCycleError).cycle].sort()).toEqual(['a', 'b', 'c']);
  });

  it('rejects an unknown task and an end before the start', () => {
    expect(() => rescheduleTask([task('a', 0, 1)], [], { id: 'z', ...span(0, 1) })).toThrow(RangeError);
    expect(() => rescheduleTask([task('a', 0, 1)], [], { id: 'a', startDate: start(3), endDate: end(1) })).toThrow(
      RangeError,
    );
  });
});

/** The network with every task placed at its early dates: a plan that honours all its links. */
function consistentPlan(tasks: GanttTask[], links: GanttLink[]): GanttTask[] {
  const s = computeSchedule(tasks, links);
  return tasks.map((t) => {
    const d = s.tasks.get(t.id)!;
    return { ...t, startDate: start(d.earlyStart - dayNo(0)), endDate: end(d.earlyFinish - 1 - dayNo(0)) };
  });
}

function holds(l: GanttLink, byId: Map<string, { s: number; f: number }>): boolean {
  const p = byId.get(l.predecessorId)!;
  const q = byId.get(l.successorId)!;
  return { FS: q.s >= p.f, SS: q.s >= p.s, FF: q.f >= p.f, SF: q.f >= p.s }[l.type];
}

describe('rescheduleTask: properties on random acyclic networks', () => {
  const move = fc.record({
    pick: fc.nat(),
    from: fc.integer({ min: -5, max: 80 }),
    length: fc.integer({ min: 0, max: 12 }),
  });

  it('after a move every link (but those into the moved task) holds, dependants move exactly as far as needed, never earlier, lengths kept', () => {
    fc.assert(
      fc.property(acyclicNetwork(), move, ({ tasks, links }, m) => {
        const plan = consistentPlan(tasks, links);
        const target = plan[m.pick % plan.length]!;
        const shifted = rescheduleTask(plan, links, { id: target.id, ...span(m.from, m.from + m.length) });
        const after = new Map(plan.map((t) => [t.id, { s: dayOf(t.startDate!), f: finishDayOf(t.endDate!) }]));
        after.set(target.id, { s: dayOf(start(m.from)), f: finishDayOf(end(m.from + m.length)) });
        for (const x of shifted) {
          expect(x.id).not.toBe(target.id);
          expect(Date.parse(x.new.startDate)).toBeGreaterThan(Date.parse(x.old.startDate));
          expect(Date.parse(x.new.endDate) - Date.parse(x.new.startDate)).toBe(
            Date.parse(x.old.endDate) - Date.parse(x.old.startDate),
          );
          after.set(x.id, { s: dayOf(x.new.startDate), f: finishDayOf(x.new.endDate) });
        }
        // Pushed exactly as far as needed: some link from a task that moved now holds with no room.
        const movedIds = new Set([target.id, ...shifted.map((x) => x.id)]);
        for (const x of shifted) {
          const q = after.get(x.id)!;
          const tight = links.some((l) => {
            if (l.successorId !== x.id || !movedIds.has(l.predecessorId)) return false;
            const p = after.get(l.predecessorId)!;
            return { FS: q.s === p.f, SS: q.s === p.s, FF: q.f === p.f, SF: q.f === p.s }[l.type];
          });
          expect(tight).toBe(true);
        }
        // Links into the moved task are the mover's own business; every other link must hold.
        for (const l of links) if (l.successorId !== target.id) expect(holds(l, after)).toBe(true);
        expect(new Set(shifted.map((x) => x.id)).size).toBe(shifted.length);
      }),
      RUNS,
    );
  });

  it('moves nobody when the task only moves earlier or shrinks', () => {
    fc.assert(
      fc.property(acyclicNetwork(), fc.nat(), fc.nat({ max: 5 }), ({ tasks, links }, pick, back) => {
        const plan = consistentPlan(tasks, links);
        const t = plan[pick % plan.length]!;
        const s = dayOf(t.startDate!) - dayOf(start(0)) - back;
        expect(rescheduleTask(plan, links, { id: t.id, ...span(s, s) })).toEqual([]);
      }),
      RUNS,
    );
  });

  it('always refuses a move when a cycle runs through the moved task', () => {
    fc.assert(
      fc.property(acyclicNetwork(), fc.nat(), fc.nat(), ({ tasks, links }, i, j) => {
        const from = tasks[i % tasks.length]!.id;
        const reach = [from];
        for (let k = 0; k < reach.length; k++) {
          for (const l of links)
            if (l.predecessorId === reach[k] && !reach.includes(l.successorId)) reach.push(l.successorId);
        }
        const back = link(reach[j % reach.length]!, from);
        expect(() => rescheduleTask(tasks, [...links, back], { id: from, ...span(0, 1) })).toThrow(ScheduleCycleError);
      }),
      RUNS,
    );
  });
});
