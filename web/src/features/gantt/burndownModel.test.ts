import { describe, expect, it } from 'vitest';
import { burndownGeometry, niceStep } from './burndownModel';
import { dayOf } from './days';

const points = [
  { date: '2026-03-01', remaining: 10, total: 10 },
  { date: '2026-03-02', remaining: 8, total: 10 },
  { date: '2026-03-03', remaining: 9, total: 12 },
  { date: '2026-03-04', remaining: 4, total: 12 },
];

describe('burndown chart', () => {
  it('picks round axis steps', () => {
    expect(niceStep(3)).toBe(1);
    expect(niceStep(12)).toBe(5);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(4800)).toBe(2000);
  });

  it('places each day left to right and more open work higher', () => {
    const g = burndownGeometry(points, 300, 100, null)!;
    expect(g.remaining.map((p) => p.x)).toEqual([0, 100, 200, 300]);
    expect(g.remaining[0]!.y).toBeLessThan(g.remaining[1]!.y); // 10 open is above 8 open
    expect(g.remaining[3]!.y).toBeGreaterThan(g.total[3]!.y); // scope above what is left
    expect(g.yTicks[0]).toEqual({ value: 0, y: 100 });
    expect(g.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(12);
    expect(g.ideal).toBeNull();
  });

  it('stretches to the project end and draws the ideal line to zero there', () => {
    const end = dayOf('2026-03-11');
    const g = burndownGeometry(points, 300, 100, end)!;
    expect(g.lastDay).toBe(end);
    expect(g.remaining.at(-1)!.x).toBeCloseTo(90); // 3 days of 10
    expect(g.ideal).toEqual({ x1: 0, y1: g.total[3]!.y, x2: 300, y2: 100 }); // all 12 tasks, to none
  });

  it('draws nothing without days and survives a single day', () => {
    expect(burndownGeometry([], 300, 100, null)).toBeNull();
    const one = burndownGeometry([points[0]!], 300, 100, null)!;
    expect(one.remaining[0]!.x).toBe(0);
  });
});
