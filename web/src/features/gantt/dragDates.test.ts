import { describe, expect, it } from 'vitest';
import { changedDates, dayDelta, draggedSpan } from './dragDates';

describe('dragging a bar', () => {
  it('snaps a drag to whole days', () => {
    expect(dayDelta(0, 34)).toBe(0);
    expect(dayDelta(16, 34)).toBe(0);
    expect(dayDelta(18, 34)).toBe(1);
    expect(dayDelta(-18, 34)).toBe(-1);
    expect(dayDelta(34 * 3 + 5, 34)).toBe(3);
    expect(dayDelta(14 * 7, 14)).toBe(7); // a week at week zoom
    expect(dayDelta(-0.1, 34)).toBe(0); // never -0
    expect(Object.is(dayDelta(-0.1, 34), -0)).toBe(false);
  });

  it('moves both ends, resizes one, never below one day', () => {
    const span = { startDay: 100, endDay: 104 };
    expect(draggedSpan(span, 'move', 3)).toEqual({ startDay: 103, endDay: 107 });
    expect(draggedSpan(span, 'move', -2)).toEqual({ startDay: 98, endDay: 102 });
    expect(draggedSpan(span, 'resize-end', 2)).toEqual({ startDay: 100, endDay: 106 });
    expect(draggedSpan(span, 'resize-end', -10)).toEqual({ startDay: 100, endDay: 100 });
    expect(draggedSpan(span, 'resize-start', -1)).toEqual({ startDay: 99, endDay: 104 });
    expect(draggedSpan(span, 'resize-start', 9)).toEqual({ startDay: 104, endDay: 104 });
  });

  it('saves only the dates that changed, keeping their time of day', () => {
    const dates = { startDate: '2026-03-02T09:00:00.000Z', endDate: '2026-03-06T18:00:00.000Z' };
    const before = { startDay: 10, endDay: 14 };
    expect(changedDates(dates, before, { startDay: 12, endDay: 16 })).toEqual({
      startDate: '2026-03-04T09:00:00.000Z',
      endDate: '2026-03-08T18:00:00.000Z',
    });
    expect(changedDates(dates, before, { startDay: 10, endDay: 13 })).toEqual({ endDate: '2026-03-05T18:00:00.000Z' });
    expect(changedDates(dates, before, before)).toEqual({});
  });
});
