import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../demo-data.js';
import type { Moment } from './spec.js';
import { DEMO_PROJECTS, DEMO_TASKS } from './stories.js';

/** Minutes since the loading day's midnight, in story time, for ordering. */
const minuteOf = (m: Moment) => {
  const [h, min] = (m.time ?? '10:00').split(':').map(Number);
  return m.at * 1440 + h! * 60 + min!;
};

describe('the demo stories', () => {
  const names = new Set(DEMO_PEOPLE.map((p) => p.name));
  const tasks = new Map(DEMO_TASKS.map((t) => [t.key, t]));

  it('name only people of the demo company, each task key once', () => {
    expect(tasks.size).toBe(DEMO_TASKS.length);
    const mentioned = [
      ...DEMO_PROJECTS.flatMap((p) => [p.owner, ...p.moderators, ...p.members]),
      ...DEMO_TASKS.flatMap((t) => [
        t.creator,
        t.responsible,
        ...(t.participants ?? []),
        ...(t.observers ?? []),
        ...(t.steps ?? []).flatMap((s) => [
          s.by,
          ...('to' in s ? [s.to] : []),
          ...('comment' in s ? [...s.comment.matchAll(/@\{([^}]+)\}/g)].map((m) => m[1]!) : []),
        ]),
      ]),
    ];
    expect(mentioned.filter((n) => !names.has(n))).toEqual([]);
  });

  it('tell each task in order: set after its project, parent and predecessors, steps in time order, all in the past', () => {
    const projects = new Map(DEMO_PROJECTS.map((p) => [p.key, p]));
    for (const t of DEMO_TASKS) {
      const created = minuteOf(t);
      if (t.project) expect(created, t.key).toBeGreaterThan(minuteOf(projects.get(t.project)!));
      for (const before of [t.parent, ...(t.after ?? []).map((a) => a.task)]) {
        if (before) expect(created, `${t.key} after ${before}`).toBeGreaterThan(minuteOf(tasks.get(before)!));
      }
      const times = (t.steps ?? []).map(minuteOf);
      expect(times, t.key).toEqual([...times].sort((a, b) => a - b));
      expect(
        times.every((m) => m > created),
        t.key,
      ).toBe(true);
      expect(t.at, t.key).toBeLessThan(0);
      expect(
        (t.steps ?? []).every((s) => s.at < 0),
        t.key,
      ).toBe(true);
      if (t.plan) expect(t.plan[1], t.key).toBeGreaterThanOrEqual(t.plan[0]);
    }
  });

  it('plan every task inside its project’s dates', () => {
    for (const t of DEMO_TASKS) {
      if (!t.plan || !t.project) continue;
      const [first, last] = DEMO_PROJECTS.find((p) => p.key === t.project)!.dates;
      expect(t.plan[0], t.key).toBeGreaterThanOrEqual(first);
      expect(t.plan[1], t.key).toBeLessThanOrEqual(last);
    }
  });
});
