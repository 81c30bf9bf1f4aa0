/** Locale-aware formatting through the browser's Intl, keyed by the current UI language. */

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lng: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lng}|${JSON.stringify(options)}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(lng, options);
    cache.set(key, fmt);
  }
  return fmt;
}

/** Formats a calendar date `YYYY-MM-DD` (birthday, hire date) without shifting it by the viewer's zone. */
export function formatDateOnly(value: string | null | undefined, lng: string, withYear = true): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(lng, {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** Formats an ISO timestamp as a date with time in the viewer's zone. */
export function formatDateTime(value: string | null | undefined, lng: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Current wall-clock time in an IANA zone, e.g. "14:05". */
export function formatTimeInZone(now: Date, timeZone: string, lng: string): string {
  try {
    return dateFormat(lng, { hour: '2-digit', minute: '2-digit', timeZone }).format(now);
  } catch {
    return '';
  }
}

/** The zone's offset from UTC right now, e.g. "UTC+3". */
export function formatUtcOffset(now: Date, timeZone: string): string {
  try {
    const part = dateFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName');
    return part ? part.value.replace('GMT', 'UTC') : '';
  } catch {
    return '';
  }
}
