import { describe, expect, it } from 'vitest';
import { barBox, dateExtent, firstVisibleDay, linkRoute, spanOf, ROW_HEIGHT } from './chartModel';
import { dayOf } from './days';
import { makeScale, dayToX } from './timeScale';
import type { GanttLink } from './types';

describe('chart geometry', () => {
  it('reads a task’s planned days, inclusive, and ignores undated tasks', () => {
    expect(spanOf({ startDate: '2026-03-02T09:00:00.000Z', endDate: '2026-03-04T18:00:00.000Z' })).toEqual({
      startDay: dayOf('2026-03-02'),
      endDay: dayOf('2026-03-04'),
    });
    expect(spanOf({ startDate: null, endDate: '2026-03-04T18:00:00.000Z' })).toBeNull();
  });

  it('draws a bar from the start of its first day to the end of its last', () => {
    const scale = makeScale('day', dayOf('2026-03-01'), dayOf('2026-03-31'));
    const span = { startDay: dayOf('2026-03-02'), endDay: dayOf('2026-03-04') };
    const box = barBox(span, scale, 3, false);
    expect(box.x).toBe(dayToX(scale, span.startDay));
    expect(box.width).toBe(3 * scale.pxPerDay);
    expect(box.y).toBeGreaterThan(3 * ROW_HEIGHT);
    expect(box.y + box.height).toBeLessThan(4 * ROW_HEIGHT);
  });

  it('routes an FS link from the predecessor’s end to the successor’s start', () => {
    const scale = makeScale('day', dayOf('2026-03-01'), dayOf('2026-03-31'));
    const spans = new Map([
      ['a', { startDay: dayOf('2026-03-02'), endDay: dayOf('2026-03-04') }],
      ['b', { startDay: dayOf('2026-03-08'), endDay: dayOf('2026-03-09') }],
    ]);
    const link: GanttLink = { id: 'l', fromId: 'a', toId: 'b', type: 'FS' };
    const points = linkRoute(
      link,
      new Map([
        ['a', 0],
        ['b', 2],
      ]),
      (id) => spans.get(id),
      scale,
    )!;
    expect(points[0]).toEqual({ x: dayToX(scale, dayOf('2026-03-05')), y: ROW_HEIGHT / 2 });
    expect(points.at(-1)).toEqual({ x: dayToX(scale, dayOf('2026-03-08')), y: 2.5 * ROW_HEIGHT });
    expect(linkRoute({ ...link, toId: 'hidden' }, new Map([['a', 0]]), (id) => spans.get(id), scale)).toBeNull();
  });

  it('spans the dated tasks and deadlines', () => {
    const task = (startDate: string | null, endDate: string | null, deadline: string | null) => ({
      startDate,
      endDate,
      deadline,
    });
    expect(
      dateExtent([
        task('2026-03-05T00:00:00.000Z', '2026-03-06T00:00:00.000Z', null),
        task(null, null, '2026-04-01T00:00:00.000Z'),
        task('2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z', null),
      ] as never),
    ).toEqual({ from: dayOf('2026-03-02'), to: dayOf('2026-04-01') });
    expect(dateExtent([task(null, null, null)] as never)).toBeNull();
  });

  it('opens on the project’s start when today fits beside it, else just before today', () => {
    expect(firstVisibleDay(100, 110, 14, 1000)).toBe(98);
    expect(firstVisibleDay(100, 90, 14, 1000)).toBe(98); // a project that has not begun
    expect(firstVisibleDay(100, 300, 14, 1000)).toBe(300 - Math.floor(300 / 14));
  });
});
