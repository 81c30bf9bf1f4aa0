import { describe, expect, it } from 'vitest';
import { dayFromCivil } from './days';
import { PX_PER_DAY, ZOOMS, dayToX, makeScale, nextUnit, startOfUnit, ticks, xToDay } from './timeScale';

const MAR_2 = dayFromCivil(2026, 2, 2); // a Monday
const MAR_20 = dayFromCivil(2026, 2, 20);

describe('time scale', () => {
  it('maps each day to its pixels and back at every zoom', () => {
    for (const zoom of ZOOMS) {
      const scale = makeScale(zoom, MAR_2, MAR_20);
      expect(scale.pxPerDay).toBe(PX_PER_DAY[zoom]);
      for (let day = MAR_2 - 3; day <= MAR_20 + 3; day++) {
        const x = dayToX(scale, day);
        expect(x).toBeCloseTo((day - scale.origin) * PX_PER_DAY[zoom]);
        // Any pixel inside the day's cell reads back as that day.
        expect(xToDay(scale, x)).toBe(day);
        expect(xToDay(scale, x + scale.pxPerDay * 0.99)).toBe(day);
      }
    }
  });

  it('starts on a whole header period before the first task and ends on one after the last', () => {
    const day = makeScale('day', MAR_2, MAR_20);
    expect(day.origin).toBe(dayFromCivil(2026, 1, 1)); // padded back into February, from its first day
    expect(day.origin + day.days).toBe(dayFromCivil(2026, 3, 1)); // to the end of March
    const quarter = makeScale('quarter', MAR_2, MAR_20);
    expect(quarter.origin).toBe(dayFromCivil(2026, 0, 1));
    expect(quarter.origin + quarter.days).toBe(dayFromCivil(2027, 0, 1));
    expect(quarter.width).toBeCloseTo(365 * PX_PER_DAY.quarter);
  });

  it('widens to fill the screen', () => {
    const scale = makeScale('month', MAR_2, MAR_2, 5000);
    expect(scale.width).toBeGreaterThanOrEqual(5000);
  });

  it('finds the start of weeks (Monday), months, quarters and years', () => {
    const thursday = dayFromCivil(2026, 4, 14);
    expect(startOfUnit(thursday, 'week')).toBe(dayFromCivil(2026, 4, 11));
    expect(startOfUnit(thursday, 'month')).toBe(dayFromCivil(2026, 4, 1));
    expect(startOfUnit(thursday, 'quarter')).toBe(dayFromCivil(2026, 3, 1));
    expect(startOfUnit(thursday, 'year')).toBe(dayFromCivil(2026, 0, 1));
    expect(nextUnit(dayFromCivil(2026, 11, 31), 'month')).toBe(dayFromCivil(2027, 0, 1));
    expect(nextUnit(dayFromCivil(2026, 10, 5), 'quarter')).toBe(dayFromCivil(2027, 0, 1));
  });

  it('lists the header cells of the visible pixels only, adjacent and clipped to the scale', () => {
    const scale = makeScale('day', MAR_2, MAR_20);
    const from = dayToX(scale, MAR_2);
    const cells = ticks(scale, 'day', from, from + 10 * scale.pxPerDay - 1);
    expect(cells.map((c) => c.day)).toEqual(Array.from({ length: 10 }, (_, i) => MAR_2 + i));
    const months = ticks(scale, 'month', 0, scale.width);
    expect(months[0]!.x).toBe(0);
    for (let i = 1; i < months.length; i++) expect(months[i]!.x).toBeCloseTo(months[i - 1]!.x + months[i - 1]!.width);
    expect(months.at(-1)!.x + months.at(-1)!.width).toBeCloseTo(scale.width);
  });
});
