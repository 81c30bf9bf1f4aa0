/**
 * Day arithmetic for scheduling. Tasks are planned on calendar days, so the core works in whole UTC
 * day numbers (days since 1970-01-01). A task whose planned dates fall on days `a` and `b` occupies
 * the half-open range `[a, b + 1)`: a one-day task has start `a`, finish `a + 1`, duration 1. With
 * finish exclusive, "successor starts after predecessor finishes" is plain `start >= finish`.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The UTC day number of an ISO instant; NaN when it does not parse. */
export function dayOf(iso: string): number {
  return Math.floor(Date.parse(iso) / DAY_MS);
}

/** The exclusive finish day of a task ending at `iso`: the day after its last day. */
export function finishDayOf(iso: string): number {
  return dayOf(iso) + 1;
}

/** The instant `days` whole days after `iso`, keeping its time of day. */
export function shiftIso(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}
