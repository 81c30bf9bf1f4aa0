import { civil, dayFromCivil } from './days';

/** How much time one screen holds. */
export type Zoom = 'day' | 'week' | 'month' | 'quarter';

/** Every zoom, finest first (the toolbar's order). */
export const ZOOMS: readonly Zoom[] = ['day', 'week', 'month', 'quarter'];

/** Pixels per day at each zoom: a day cell fits a date, a week a "12 Mar", a month its name. */
export const PX_PER_DAY: Record<Zoom, number> = { day: 34, week: 14, month: 4.5, quarter: 1.6 };

/** The calendar units the header is divided into. */
export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The header's two rows at each zoom: the upper names the period, the lower divides it. */
export const HEADER_UNITS: Record<Zoom, { major: TimeUnit; minor: TimeUnit }> = {
  day: { major: 'month', minor: 'day' },
  week: { major: 'month', minor: 'week' },
  month: { major: 'year', minor: 'month' },
  quarter: { major: 'year', minor: 'quarter' },
};

/** A linear map between days and pixels: `origin` is the day at x = 0. */
export interface TimeScale {
  zoom: Zoom;
  origin: number;
  pxPerDay: number;
  /** Days covered, from `origin`. */
  days: number;
  width: number;
}

/** The first day of the unit containing `day` (weeks start on Monday). */
export function startOfUnit(day: number, unit: TimeUnit): number {
  const { year, month, weekday } = civil(day);
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return day - weekday;
    case 'month':
      return dayFromCivil(year, month);
    case 'quarter':
      return dayFromCivil(year, month - (month % 3));
    case 'year':
      return dayFromCivil(year, 0);
  }
}

/** The first day of the unit after the one starting at (or containing) `day`. */
export function nextUnit(day: number, unit: TimeUnit): number {
  const start = startOfUnit(day, unit);
  const { year, month } = civil(start);
  switch (unit) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
      return dayFromCivil(year, month + 1);
    case 'quarter':
      return dayFromCivil(year, month + 3);
    case 'year':
      return dayFromCivil(year + 1, 0);
  }
}

/**
 * The scale showing days `from…to` (inclusive) at `zoom`, padded on both sides and widened to whole
 * header periods so the first and last labels are never cut, and to at least `minWidth` pixels.
 */
export function makeScale(zoom: Zoom, from: number, to: number, minWidth = 0): TimeScale {
  const pxPerDay = PX_PER_DAY[zoom];
  const { major } = HEADER_UNITS[zoom];
  const pad = Math.ceil(60 / pxPerDay);
  const origin = startOfUnit(from - pad, major);
  let end = nextUnit(Math.max(to, from) + pad, major);
  while ((end - origin) * pxPerDay < minWidth) end = nextUnit(end, major);
  const days = end - origin;
  return { zoom, origin, pxPerDay, days, width: days * pxPerDay };
}

/** The x of the start of `day`. */
export function dayToX(scale: TimeScale, day: number): number {
  return (day - scale.origin) * scale.pxPerDay;
}

/** The day under pixel `x` (a hair of tolerance: 1.6 px/day does not divide exactly). */
export function xToDay(scale: TimeScale, x: number): number {
  return scale.origin + Math.floor(x / scale.pxPerDay + 1e-9);
}

/** One header cell: the unit starting on `day`, drawn from `x` for `width` pixels. */
export interface Tick {
  day: number;
  x: number;
  width: number;
}

/** The cells of one header row that intersect the pixels `fromX…toX` (clipped to the scale). */
export function ticks(scale: TimeScale, unit: TimeUnit, fromX: number, toX: number): Tick[] {
  const result: Tick[] = [];
  const last = scale.origin + scale.days;
  let day = Math.max(startOfUnit(xToDay(scale, Math.max(0, fromX)), unit), startOfUnit(scale.origin, unit));
  while (day < last) {
    const next = nextUnit(day, unit);
    const x = dayToX(scale, Math.max(day, scale.origin));
    if (x > toX) break;
    result.push({ day, x, width: dayToX(scale, Math.min(next, last)) - x });
    day = next;
  }
  return result;
}
