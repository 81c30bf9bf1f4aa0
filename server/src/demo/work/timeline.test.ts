import { describe, expect, it } from 'vitest';
import { nowIso } from '../../db/values.js';
import { StoryCalendar, Timeline } from './timeline.js';

const HOUR_MS = 3_600_000;
const moscowWeekday = (instant: number) => new Date(instant + 3 * HOUR_MS).getUTCDay();

describe('the story calendar', () => {
  // A Wednesday, mid-afternoon UTC.
  const calendar = new StoryCalendar(new Date('2026-11-25T14:00:00Z'));

  it('counts days from the loading day, in Moscow time, and refuses moments not yet past', () => {
    expect(new Date(calendar.instant({ at: -2, time: '09:30' }, 'x')).toISOString()).toBe('2026-11-23T06:30:00.000Z');
    expect(calendar.date(3)).toBe('2026-11-28');
    expect(calendar.deadline(-1)).toBe('2026-11-24T15:00:00.000Z');
    expect(() => calendar.instant({ at: 0 }, 'step 1 of x')).toThrow(/step 1 of x/);
    expect(() => calendar.instant({ at: -1, time: '21:00' }, 'step 2 of x')).toThrow(/step 2 of x.*working hours/);
  });

  it('writes weekend moments down on Friday evening, keeping their order and never moving them later', () => {
    // Every story moment is in working hours (08:00–19:00 in Moscow), any day of three weeks.
    const moments = Array.from({ length: 21 * 66 }, (_, i) => ({
      at: -30 + Math.floor(i / 66),
      time: `${String(8 + Math.floor((i % 66) / 6)).padStart(2, '0')}:${(i % 6) * 10 || '00'}`,
    }));
    let previous = -Infinity;
    for (const moment of moments) {
      const t = calendar.instant(moment, 'x');
      const recorded = calendar.recorded(t);
      expect(recorded).toBeLessThanOrEqual(t);
      expect(recorded).toBeGreaterThanOrEqual(previous);
      expect([0, 6]).not.toContain(moscowWeekday(recorded));
      if (![0, 6].includes(moscowWeekday(t))) expect(recorded).toBe(t);
      previous = recorded;
    }
    // Saturday 12:00 in Moscow → Friday 19:15 in Moscow.
    expect(new Date(calendar.recorded(Date.parse('2026-11-21T09:00:00Z'))).toISOString()).toBe(
      '2026-11-20T16:15:00.000Z',
    );
  });
});

describe('the timeline', () => {
  it('plays writes in time order, a thread’s writes a minute apart, each stamped with its moment', async () => {
    const timeline = new Timeline();
    const seen: string[] = [];
    const at = Date.parse('2026-11-20T10:00:00Z');
    const write = (name: string) => async () => {
      seen.push(`${name}@${nowIso().slice(11, 16)}`);
    };
    timeline.add('b', at + HOUR_MS, 'b1', write('b1'));
    timeline.add('a', at, 'a1', write('a1'));
    timeline.add('a', at, 'a2', write('a2'));
    await timeline.play();
    expect(seen).toEqual(['a1@10:00', 'a2@10:01', 'b1@11:00']);
  });

  it('names the write that failed', async () => {
    const timeline = new Timeline();
    timeline.add('a', 0, 'set task x', () => Promise.reject(new Error('no such person')));
    await expect(timeline.play()).rejects.toThrow('demo story: set task x: no such person');
  });
});
