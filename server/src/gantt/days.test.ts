import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayOf, finishDayOf, shiftIso } from './days.js';

describe('day arithmetic', () => {
  it('reads the canonical form as Date.parse does, for any instant from 1900 to 2200', () => {
    const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(instant, (ms) => {
        const iso = new Date(ms).toISOString();
        expect(dayOf(iso)).toBe(Math.floor(ms / DAY_MS));
      }),
      { numRuns: 1000 },
    );
  });

  it('falls back to Date.parse for other forms, and gives NaN for nonsense', () => {
    expect(dayOf('2026-03-02T23:30:00+03:00')).toBe(dayOf('2026-03-02T20:30:00.000Z'));
    expect(dayOf('2026-03-02')).toBe(Date.UTC(2026, 2, 2) / DAY_MS);
    expect(dayOf('2026-13-02T00:00:00.000Z')).toBeNaN();
    expect(dayOf('not a date')).toBeNaN();
  });

  it('finishes on the day after the last day, and shifts keep the time of day', () => {
    expect(finishDayOf('2026-03-02T15:00:00.000Z')).toBe(dayOf('2026-03-03T00:00:00.000Z'));
    expect(shiftIso('2026-03-30T15:00:00.000Z', 3)).toBe('2026-04-02T15:00:00.000Z');
  });
});
