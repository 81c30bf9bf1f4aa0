import type { TFunction } from 'i18next';
import { DAY_MS, civil } from './days';
import type { TimeUnit } from './timeScale';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lng: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lng}|${JSON.stringify(options)}`;
  let fmt = formats.get(key);
  if (!fmt) formats.set(key, (fmt = new Intl.DateTimeFormat(lng, { ...options, timeZone: 'UTC' })));
  return fmt;
}

/** "5 Mar" — a day number in the viewer's language. */
export function formatDay(day: number, lng: string, withYear = false): string {
  return format(lng, { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }).format(
    new Date(day * DAY_MS),
  );
}

/** "5 Mar – 12 Mar" for a bar's days (both inclusive). */
export function formatSpan(startDay: number, endDay: number, lng: string): string {
  return startDay === endDay ? formatDay(startDay, lng) : `${formatDay(startDay, lng)} – ${formatDay(endDay, lng)}`;
}

/** The label of a header cell of `unit` starting on `day`. */
export function unitLabel(day: number, unit: TimeUnit, lng: string, t: TFunction): string {
  const date = new Date(day * DAY_MS);
  switch (unit) {
    case 'day':
      return String(civil(day).date);
    case 'week':
      return format(lng, { day: 'numeric', month: 'short' }).format(date);
    case 'month':
      return format(lng, { month: 'short' }).format(date);
    case 'quarter':
      return t('gantt.quarter', { n: Math.floor(civil(day).month / 3) + 1 });
    case 'year':
      return String(civil(day).year);
  }
}

/** The label of an upper header cell: "March 2026" for months, the year for years. */
export function majorLabel(day: number, unit: TimeUnit, lng: string): string {
  if (unit === 'year') return String(civil(day).year);
  return format(lng, { month: 'long', year: 'numeric' }).format(new Date(day * DAY_MS));
}
