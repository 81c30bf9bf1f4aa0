import { shiftIso } from './days';

/** What a pointer drag on a bar does. */
export type DragMode = 'move' | 'resize-start' | 'resize-end';

/** A bar's planned days, both inclusive. */
export interface DaySpan {
  startDay: number;
  endDay: number;
}

/** Whole days a horizontal drag of `dx` pixels stands for (snapped to the nearest day). */
export function dayDelta(dx: number, pxPerDay: number): number {
  return Math.round(dx / pxPerDay) || 0;
}

/** The bar after dragging by `delta` days; a resize never makes it shorter than one day. */
export function draggedSpan(span: DaySpan, mode: DragMode, delta: number): DaySpan {
  switch (mode) {
    case 'move':
      return { startDay: span.startDay + delta, endDay: span.endDay + delta };
    case 'resize-start':
      return { startDay: Math.min(span.startDay + delta, span.endDay), endDay: span.endDay };
    case 'resize-end':
      return { startDay: span.startDay, endDay: Math.max(span.endDay + delta, span.startDay) };
  }
}

/**
 * The `startDate`/`endDate` to save for a dragged bar: each date moved by whole days, keeping its
 * time of day, and only the ones that changed.
 */
export function changedDates(
  dates: { startDate: string; endDate: string },
  before: DaySpan,
  after: DaySpan,
): { startDate?: string; endDate?: string } {
  const patch: { startDate?: string; endDate?: string } = {};
  if (after.startDay !== before.startDay) patch.startDate = shiftIso(dates.startDate, after.startDay - before.startDay);
  if (after.endDay !== before.endDay) patch.endDate = shiftIso(dates.endDate, after.endDay - before.endDay);
  return patch;
}
