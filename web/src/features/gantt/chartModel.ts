import { linkSides, routeArrow, type Point } from './arrows';
import { dayOf } from './days';
import type { DaySpan } from './dragDates';
import { dayToX, type TimeScale } from './timeScale';
import type { GanttLink, GanttTask } from './types';

/** Chart geometry shared by the screen and the PNG export. */
export const ROW_HEIGHT = 32;
export const BAR_HEIGHT = 18;
export const SUMMARY_HEIGHT = 10;
export const HEADER_HEIGHT = 48;
export const ARROW_GAP = 8;

/** The planned days of a task, or null when it lacks a date. */
export function spanOf(task: Pick<GanttTask, 'startDate' | 'endDate'>): DaySpan | null {
  if (!task.startDate || !task.endDate) return null;
  const startDay = dayOf(task.startDate);
  const endDay = dayOf(task.endDate);
  if (Number.isNaN(startDay) || Number.isNaN(endDay)) return null;
  return { startDay, endDay: Math.max(startDay, endDay) };
}

/** A bar on screen: from the start of its first day to the end of its last, in its row. */
export interface BarBox {
  x: number;
  width: number;
  y: number;
  height: number;
}

/** The box of a bar in row `row`; summary bars (a parent spanning its subtasks) are thinner. */
export function barBox(span: DaySpan, scale: TimeScale, row: number, summary: boolean): BarBox {
  const height = summary ? SUMMARY_HEIGHT : BAR_HEIGHT;
  const x = dayToX(scale, span.startDay);
  return {
    x,
    width: Math.max(dayToX(scale, span.endDay + 1) - x, 2),
    y: row * ROW_HEIGHT + (ROW_HEIGHT - height) / 2,
    height,
  };
}

/** The route of a link between two rows' bars, or null when an end is not drawn. */
export function linkRoute(
  link: GanttLink,
  rowOf: ReadonlyMap<string, number>,
  spanFor: (taskId: string) => DaySpan | null | undefined,
  scale: TimeScale,
): Point[] | null {
  const fromRow = rowOf.get(link.fromId);
  const toRow = rowOf.get(link.toId);
  const fromSpan = spanFor(link.fromId);
  const toSpan = spanFor(link.toId);
  if (fromRow === undefined || toRow === undefined || !fromSpan || !toSpan) return null;
  const sides = linkSides(link.type);
  const edge = (span: DaySpan, side: 'start' | 'end') =>
    side === 'start' ? dayToX(scale, span.startDay) : dayToX(scale, span.endDay + 1);
  return routeArrow(
    { x: edge(fromSpan, sides.from), y: (fromRow + 0.5) * ROW_HEIGHT, side: sides.from },
    { x: edge(toSpan, sides.to), y: (toRow + 0.5) * ROW_HEIGHT, side: sides.to },
    ARROW_GAP,
    ROW_HEIGHT,
  );
}

/** The first and last day of all dated tasks (and deadlines), or null when nothing is dated. */
export function dateExtent(tasks: readonly GanttTask[]): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const task of tasks) {
    const span = spanOf(task);
    if (span) {
      from = Math.min(from, span.startDay);
      to = Math.max(to, span.endDay);
    }
    if (task.deadline) {
      const d = dayOf(task.deadline);
      if (!Number.isNaN(d)) {
        from = Math.min(from, d);
        to = Math.max(to, d);
      }
    }
  }
  return from === Infinity ? null : { from, to };
}

/**
 * The day to show at the left edge first: the project's first day when today is close enough to
 * it that both fit, otherwise a stretch before today so what is current and next is in view.
 */
export function firstVisibleDay(firstDay: number, today: number, pxPerDay: number, viewWidth: number): number {
  if (today < firstDay || (today - firstDay) * pxPerDay <= viewWidth * 0.6) return firstDay - 2;
  return today - Math.floor((viewWidth * 0.3) / pxPerDay);
}
