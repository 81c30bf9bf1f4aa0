import { addDays, startOfDay, weekdayIndex, zonedParts, zonedToInstant, type ZonedParts } from './zonedTime';

/** The planner's columns, left to right. */
export const PLANNER_BUCKETS = ['overdue', 'today', 'thisWeek', 'nextWeek', 'later', 'none'] as const;
/** One planner column. */
export type PlannerBucket = (typeof PLANNER_BUCKETS)[number];

/** Where the columns split, as epoch milliseconds, for one "now" in one zone. */
export interface BucketBounds {
  now: number;
  tomorrow: number;
  nextMonday: number;
  mondayAfter: number;
  today: ZonedParts;
  timeZone: string;
}

/** Computes the column boundaries once per render, so bucketing 10,000 tasks is a few compares each. */
export function bucketBounds(now: Date, timeZone: string): BucketBounds {
  const today = { ...zonedParts(now, timeZone), hour: 0, minute: 0 };
  const toNextMonday = 7 - weekdayIndex(today);
  return {
    now: now.getTime(),
    tomorrow: startOfDay(addDays(today, 1), timeZone).getTime(),
    nextMonday: startOfDay(addDays(today, toNextMonday), timeZone).getTime(),
    mondayAfter: startOfDay(addDays(today, toNextMonday + 7), timeZone).getTime(),
    today,
    timeZone,
  };
}

/** The column a deadline belongs in. */
export function bucketOf(deadline: string | null, bounds: BucketBounds): PlannerBucket {
  if (!deadline) return 'none';
  const at = new Date(deadline).getTime();
  if (Number.isNaN(at)) return 'none';
  if (at < bounds.now) return 'overdue';
  if (at < bounds.tomorrow) return 'today';
  if (at < bounds.nextMonday) return 'thisWeek';
  if (at < bounds.mondayAfter) return 'nextWeek';
  return 'later';
}

/** Splits tasks into the columns, keeping their order inside each. */
export function groupByBucket<T extends { deadline: string | null }>(
  tasks: readonly T[],
  bounds: BucketBounds,
): Record<PlannerBucket, T[]> {
  const groups = Object.fromEntries(PLANNER_BUCKETS.map((b) => [b, [] as T[]])) as Record<PlannerBucket, T[]>;
  for (const task of tasks) groups[bucketOf(task.deadline, bounds)].push(task);
  return groups;
}

/** Deadlines set by a drop keep their old time of day, or fall at the end of a working day. */
const DEFAULT_HOUR = 18;

/**
 * The deadline a card gets when dropped on a column: today; the last working day of this week
 * (Friday, or tomorrow when that is later); Friday of next week; Friday the week after; or none.
 * Answers `undefined` when the column cannot take a card (Overdue, or "this week" on a Sunday,
 * when no day is left between tomorrow and Monday).
 */
export function deadlineForBucket(
  bucket: PlannerBucket,
  bounds: BucketBounds,
  previous: string | null,
): string | null | undefined {
  if (bucket === 'none') return null;
  if (bucket === 'overdue') return undefined;
  const { today, timeZone } = bounds;
  const weekday = weekdayIndex(today);
  let day: ZonedParts;
  if (bucket === 'today') day = today;
  else if (bucket === 'thisWeek') {
    if (weekday === 6) return undefined;
    day = addDays(today, Math.max(1, 4 - weekday));
  } else if (bucket === 'nextWeek') day = addDays(today, 7 - weekday + 4);
  else day = addDays(today, 14 - weekday + 4);

  const kept = previous ? zonedParts(new Date(previous), timeZone) : null;
  const time = kept ? { hour: kept.hour, minute: kept.minute } : { hour: DEFAULT_HOUR, minute: 0 };
  let at = zonedToInstant({ ...day, ...time }, timeZone);
  if (bucket === 'today' && at.getTime() <= bounds.now) {
    // Too late for that hour today: the last minute of the day still counts as today.
    at = zonedToInstant({ ...day, hour: 23, minute: 59 }, timeZone);
    if (at.getTime() <= bounds.now) return undefined;
  }
  return at.toISOString();
}
