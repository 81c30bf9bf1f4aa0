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

  /** The instant of a past moment; a moment on the loading day or later is a mistake in the story. */
  instant(moment: Moment, what: string): number {
    if (moment.at >= 0) throw new Error(`${what} is told at day ${moment.at}: stories happen before the loading day`);
    const [hours, minutes] = (moment.time ?? '10:00').split(':').map(Number);
    return (
      this.dayZero + moment.at * DAY_MS + ((hours ?? 10) * 60 + (minutes ?? 0) - MOSCOW_OFFSET_MINUTES) * MINUTE_MS
    );
  }

  /** A planned calendar day as the API takes it (`YYYY-MM-DD`). */
  date(day: number): string {
    return new Date(this.dayZero + day * DAY_MS).toISOString().slice(0, 10);
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
  /** The last instant used per thread (a task, a project), so its writes never share a minute. */
  private lastOf = new Map<string, number>();

  /** Adds a write at `when`, or a minute after the previous write of the same thread. */
  add(thread: string, when: number, what: string, run: () => Promise<void>): void {
    const last = this.lastOf.get(thread);
    const at = last !== undefined && when <= last ? last + MINUTE_MS : when;
    this.lastOf.set(thread, at);
    this.happenings.push({ when: at, order: this.happenings.length, what, run });
  }

  /** Runs every write in time order; a failure names the write that failed. */
  async play(): Promise<void> {
    const ordered = [...this.happenings].sort((a, b) => a.when - b.when || a.order - b.order);
    for (const h of ordered) {
      try {
        await atInstant(new Date(h.when), h.run);
      } catch (error) {
        throw new Error(`demo story: ${h.what}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    }
  }
}
