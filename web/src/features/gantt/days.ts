/**
 * Whole UTC days, as the server's scheduling core counts them: a task planned from day `a` to day
 * `b` occupies `[a, b + 1)`, so its bar runs from the start of `a` to the end of `b`.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The UTC day number (days since 1970-01-01) of an ISO instant; NaN when it does not parse. */
export function dayOf(iso: string): number {
  return Math.floor(Date.parse(iso) / DAY_MS);
}

/** The UTC day number of a moment. */
export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** The instant `days` whole days after `iso`, keeping its time of day. */
export function shiftIso(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/** Midnight UTC of a day number, as an ISO instant. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString();
}

/** The UTC calendar parts of a day number. */
export function civil(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(day * DAY_MS);
  // getUTCDay: Sunday 0; we want Monday 0 … Sunday 6.
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), weekday: (d.getUTCDay() + 6) % 7 };
}

/** The day number of a UTC calendar date (month from 0; overflowing months roll into years). */
export function dayFromCivil(year: number, month: number, date = 1): number {
  return Math.floor(Date.UTC(year, month, date) / DAY_MS);
}
