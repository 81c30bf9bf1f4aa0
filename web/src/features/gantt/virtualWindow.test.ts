import { describe, expect, it } from 'vitest';
import { visibleRows } from './virtualWindow';

describe('row window', () => {
  it('renders the rows on screen plus the overscan, within the list', () => {
    expect(visibleRows(0, 600, 30, 5000, 10)).toEqual({ first: 0, last: 30 });
    expect(visibleRows(3000, 600, 30, 5000, 10)).toEqual({ first: 90, last: 130 });
    expect(visibleRows(149_400, 600, 30, 5000, 10)).toEqual({ first: 4970, last: 5000 });
  });

  it('keeps the window small whatever the list length', () => {
    for (const scrollTop of [0, 1234, 50_000, 149_000]) {
      const { first, last } = visibleRows(scrollTop, 800, 32, 5000, 10);
      expect(last - first).toBeLessThanOrEqual(Math.ceil(800 / 32) + 21);
      expect(first * 32).toBeLessThanOrEqual(scrollTop);
      expect(last * 32).toBeGreaterThanOrEqual(Math.min(scrollTop + 800, 5000 * 32));
    }
  });

  it('handles empty lists, overscrolling and a scroll past the end', () => {
    expect(visibleRows(0, 600, 30, 0)).toEqual({ first: 0, last: 0 });
    expect(visibleRows(-50, 600, 30, 5, 2)).toEqual({ first: 0, last: 5 });
    const past = visibleRows(10_000, 600, 30, 5, 2);
    expect(past.first).toBeLessThanOrEqual(past.last);
    expect(past.last).toBe(5);
  });
});
