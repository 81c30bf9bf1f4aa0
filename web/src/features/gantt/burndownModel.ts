import { dayOf } from './days';

/** One day of the burndown as the server sends it. */
export interface BurndownPoint {
  date: string;
  remaining: number;
  total: number;
}

/** The burndown laid out in a `width × height` box (y grows down). */
export interface BurndownGeometry {
  /** Open tasks at the end of each day. */
  remaining: { x: number; y: number }[];
  /** All tasks in the project each day: where scope grew, the two lines part. */
  total: { x: number; y: number }[];
  /**
   * The pace that finishes today's scope on time: from all of it on the first day to none on the
   * project's end day (scope added later raises the line, as a re-plan would); null without an end.
   */
  ideal: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Round values for the vertical axis, from 0 to the top. */
  yTicks: { value: number; y: number }[];
  firstDay: number;
  lastDay: number;
  xOf: (day: number) => number;
}

/** A round step so the axis has about `count` labels: 1, 2, 5, 10, 20, 50… */
export function niceStep(max: number, count = 4): number {
  const raw = Math.max(1, max / count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return Math.max(1, step);
}

/**
 * Lays out the burndown from its first day to the later of its last day and the project's end day,
 * so the ideal line can reach zero on the planned finish.
 */
export function burndownGeometry(
  points: readonly BurndownPoint[],
  width: number,
  height: number,
  endDay: number | null,
): BurndownGeometry | null {
  if (points.length === 0) return null;
  const days = points.map((p) => dayOf(p.date));
  const firstDay = days[0]!;
  const lastDay = Math.max(days.at(-1)!, endDay ?? -Infinity, firstDay + 1);
  const top = niceStep(Math.max(...points.map((p) => Math.max(p.total, p.remaining)), 1));
  const maxValue = Math.ceil(Math.max(...points.map((p) => p.total), 1) / top) * top;
  const xOf = (day: number) => ((day - firstDay) / (lastDay - firstDay)) * width;
  const yOf = (value: number) => height - (value / maxValue) * height;
  const yTicks = [];
  for (let value = 0; value <= maxValue; value += top) yTicks.push({ value, y: yOf(value) });
  return {
    remaining: points.map((p, i) => ({ x: xOf(days[i]!), y: yOf(p.remaining) })),
    total: points.map((p, i) => ({ x: xOf(days[i]!), y: yOf(p.total) })),
    ideal:
      endDay !== null && endDay > firstDay
        ? { x1: 0, y1: yOf(points.at(-1)!.total), x2: xOf(endDay), y2: yOf(0) }
        : null,
    yTicks,
    firstDay,
    lastDay,
    xOf,
  };
}
