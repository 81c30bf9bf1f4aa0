import { atInstant } from '../../db/values.js';
import { DAY_MS } from '../../gantt/days.js';
import type { Moment } from './spec.js';

const MINUTE_MS = 60_000;
/** Moscow is UTC+3 all year; the stories are told in Moscow time. */
const MOSCOW_OFFSET_MINUTES = 180;

/** Turns the story's moments (days from the loading day) into dates. */
export class StoryCalendar {
  /** Midnight UTC of the loading day. */
  readonly dayZero: number;

  constructor(now: Date) {
    this.dayZero = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  }

  /**
   * The instant of a past moment. A moment on the loading day or later, or outside working hours
   * (08:00–19:00), is a mistake in the story.
   */
  instant(moment: Moment, what: string): number {
    if (moment.at >= 0) throw new Error(`${what} is told at day ${moment.at}: stories happen before the loading day`);
    const [hours = NaN, minutes = NaN] = (moment.time ?? '10:00').split(':').map(Number);
    const minute = hours * 60 + minutes;
    if (!(minute >= 8 * 60 && minute < 19 * 60))
      throw new Error(`${what} is told at ${moment.time}, outside working hours`);
    return this.dayZero + moment.at * DAY_MS + (minute - MOSCOW_OFFSET_MINUTES) * MINUTE_MS;
  }

  /** A planned calendar day as the API takes it (`YYYY-MM-DD`). */
  date(day: number): string {
    return new Date(this.dayZero + day * DAY_MS).toISOString().slice(0, 10);
  }

  /**
   * When a story moment is written down: weekends are folded into Friday evening (19:00–20:00 in
   * Moscow, after every working-hours moment of the stories), so the history reads like a working
   * week whatever day the demo is loaded. The fold keeps the order of moments and never moves one
   * forward, so nothing lands in the future.
   */
  recorded(instant: number): number {
    const wall = new Date(instant + MOSCOW_OFFSET_MINUTES * MINUTE_MS);
    const weekday = wall.getUTCDay();
    if (weekday !== 0 && weekday !== 6) return instant;
    const saturday =
      Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() - (weekday === 0 ? 1 : 0)) -
      MOSCOW_OFFSET_MINUTES * MINUTE_MS;
    const fridayEvening = saturday - 5 * 60 * MINUTE_MS;
    return fridayEvening + Math.floor(((instant - saturday) / (2 * DAY_MS)) * 60) * MINUTE_MS;
  }

  /** A deadline: the end of the working day (18:00 in Moscow). */
  deadline(day: number): string {
    return new Date(this.dayZero + day * DAY_MS + (18 * 60 - MOSCOW_OFFSET_MINUTES) * MINUTE_MS).toISOString();
  }
}

interface Happening {
  when: number;
  order: number;
  what: string;
  run: () => Promise<void>;
}

/**
 * The story's writes, replayed in the order they happened, each at its own moment (`atInstant`),
 * so the event log, the history of every task and its timestamps agree. Writes at the same moment
 * keep the order they were added in.
 */
export class Timeline {
  private happenings: Happening[] = [];

  /** `record` turns a story instant into the one written down (see `StoryCalendar.recorded`). */
  constructor(private readonly record: (instant: number) => number = (instant) => instant) {}

  /** The last instant used per thread (a task, a project), so its writes never share a minute. */
  private lastOf = new Map<string, number>();

  /** Adds a write at `when`, or a minute after the previous write of the same thread. */
  add(thread: string, when: number, what: string, run: () => Promise<void>): void {
    const last = this.lastOf.get(thread);
    const at = last !== undefined && when <= last ? last + MINUTE_MS : when;
    this.lastOf.set(thread, at);
    this.happenings.push({ when: at, order: this.happenings.length, what, run });
  }

  /** Runs every write in story order, stamped as recorded; a failure names the write that failed. */
  async play(): Promise<void> {
    const ordered = [...this.happenings].sort((a, b) => a.when - b.when || a.order - b.order);
    for (const h of ordered) {
      try {
        await atInstant(new Date(this.record(h.when)), h.run);
      } catch (error) {
        throw new Error(`demo story: ${h.what}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    }
  }
}
