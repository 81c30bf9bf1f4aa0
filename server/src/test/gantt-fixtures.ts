import fc from 'fast-check';
import { DAY_MS } from '../gantt/days.js';
import type { GanttLink, GanttTask, LinkType } from '../gantt/types.js';

/** Day 0 of the fixtures: a Monday, far from any DST or epoch edge. */
const BASE_MS = Date.UTC(2026, 2, 2);

/** The day number of fixture day `d` (what `dayOf` returns for `start(d)` and `end(d)`). */
export const dayNo = (d: number): number => BASE_MS / DAY_MS + d;

/** 09:00 Moscow on fixture day `d`: how the portal plans a start. */
export const start = (d: number): string => new Date(BASE_MS + d * DAY_MS + 6 * 3_600_000).toISOString();

/** 18:00 Moscow on fixture day `d`: how the portal plans an end or a deadline. */
export const end = (d: number): string => new Date(BASE_MS + d * DAY_MS + 15 * 3_600_000).toISOString();

/** A task planned from day `from` to day `to` (both included). */
export function task(id: string, from: number | null, to: number | null, extra: Partial<GanttTask> = {}): GanttTask {
  return {
    id,
    parentId: null,
    startDate: from === null ? null : start(from),
    endDate: to === null ? null : end(to),
    deadline: null,
    status: 'pending',
    checklistTotal: 0,
    checklistDone: 0,
    ...extra,
  };
}

/** A link `pred → succ`. */
export const link = (predecessorId: string, successorId: string, type: LinkType = 'FS'): GanttLink => ({
  predecessorId,
  successorId,
  type,
});

/** A random project: tasks `t0…`, and links that only go from a lower to a higher index (acyclic). */
export interface RandomNetwork {
  tasks: GanttTask[];
  links: GanttLink[];
}

const linkType = fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF');

/** Random acyclic networks of up to `maxTasks` dated tasks, planned within two months. */
export function acyclicNetwork(maxTasks = 30): fc.Arbitrary<RandomNetwork> {
  return fc
    .array(fc.record({ from: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 10 }) }), {
      minLength: 1,
      maxLength: maxTasks,
    })
    .chain((plans) => {
      const n = plans.length;
      const tasks = plans.map((p, i) => task(`t${i}`, p.from, p.from + p.length));
      const pair = fc
        .tuple(fc.nat(n - 1), fc.nat(n - 1), linkType)
        .filter(([a, b]) => a !== b)
        .map(([a, b, type]) => link(`t${Math.min(a, b)}`, `t${Math.max(a, b)}`, type));
      const links =
        n < 2
          ? fc.constant<GanttLink[]>([])
          : fc.uniqueArray(pair, { maxLength: n * 2, selector: (l) => `${l.predecessorId}>${l.successorId}` });
      // Shuffled, so the schedule cannot lean on the tasks arriving in link order.
      const shuffled = fc.shuffledSubarray(tasks, { minLength: n, maxLength: n });
      return fc.tuple(shuffled, links).map(([ts, ls]) => ({ tasks: ts, links: ls }));
    });
}
