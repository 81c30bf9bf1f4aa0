import type { DaySpan } from './dragDates';

/** How long a task put on the chart without other hints is planned for, in days. */
export const DEFAULT_DURATION = 3;

/**
 * The days to plan an undated task on: from `startDay` (where it was dropped, or today) for the
 * default duration, but never past its deadline when the deadline is still ahead.
 */
export function defaultSpan(startDay: number, deadlineDay: number | null): DaySpan {
  const endDay = startDay + DEFAULT_DURATION - 1;
  if (deadlineDay === null || deadlineDay < startDay) return { startDay, endDay };
  return { startDay, endDay: Math.min(endDay, deadlineDay) };
}
