import { describe, expect, it } from 'vitest';
import { bucketBounds, bucketOf, deadlineForBucket, groupByBucket } from './plannerBuckets';
import { zonedParts } from './zonedTime';

// Wednesday 2026-03-04, 10:00 in Novosibirsk (UTC+7) is 03:00 UTC.
const NOW = new Date('2026-03-04T03:00:00Z');
const NSK = 'Asia/Novosibirsk';

describe('planner columns', () => {
  const bounds = bucketBounds(NOW, NSK);

  it('puts deadlines in the column of the viewer’s own day, not the UTC day', () => {
    // 23:30 on Wednesday in Novosibirsk is still Wednesday 16:30 UTC: today.
    expect(bucketOf('2026-03-04T16:30:00Z', bounds)).toBe('today');
    // 00:30 on Thursday in Novosibirsk is Wednesday 17:30 UTC, but already tomorrow there.
    expect(bucketOf('2026-03-04T17:30:00Z', bounds)).toBe('thisWeek');
    // The same instant seen from London is still today.
    expect(bucketOf('2026-03-04T17:30:00Z', bucketBounds(NOW, 'Europe/London'))).toBe('today');
  });

  it('splits weeks on Monday and marks passed deadlines overdue', () => {
    expect(bucketOf('2026-03-04T02:59:00Z', bounds)).toBe('overdue');
    expect(bucketOf('2026-03-08T16:00:00Z', bounds)).toBe('thisWeek'); // Sunday 23:00
    expect(bucketOf('2026-03-08T17:00:00Z', bounds)).toBe('nextWeek'); // Monday 00:00
    expect(bucketOf('2026-03-15T16:59:00Z', bounds)).toBe('nextWeek'); // Sunday 23:59
    expect(bucketOf('2026-03-15T17:00:00Z', bounds)).toBe('later');
    expect(bucketOf(null, bounds)).toBe('none');
  });

  it('groups tasks keeping their order', () => {
    const tasks = [
      { id: 'a', deadline: '2026-03-10T10:00:00Z' },
      { id: 'b', deadline: null },
      { id: 'c', deadline: '2026-03-01T10:00:00Z' },
      { id: 'd', deadline: '2026-03-11T10:00:00Z' },
    ];
    const groups = groupByBucket(tasks, bounds);
    expect(groups.nextWeek.map((t) => t.id)).toEqual(['a', 'd']);
    expect(groups.overdue.map((t) => t.id)).toEqual(['c']);
    expect(groups.none.map((t) => t.id)).toEqual(['b']);
    expect(groups.today).toEqual([]);
  });
});

describe('dropping a card on a column', () => {
  const bounds = bucketBounds(NOW, NSK);
  const local = (iso: string | null | undefined) => {
    const p = zonedParts(new Date(iso!), NSK);
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${String(p.minute).padStart(2, '0')}`;
  };

  it('sets a deadline the card then sits under, at 18:00 of the viewer’s day', () => {
    for (const bucket of ['today', 'thisWeek', 'nextWeek', 'later'] as const) {
      const deadline = deadlineForBucket(bucket, bounds, null);
      expect(bucketOf(deadline ?? null, bounds)).toBe(bucket);
    }
    expect(local(deadlineForBucket('today', bounds, null))).toBe('2026-3-4 18:00');
    expect(local(deadlineForBucket('thisWeek', bounds, null))).toBe('2026-3-6 18:00'); // Friday
    expect(local(deadlineForBucket('nextWeek', bounds, null))).toBe('2026-3-13 18:00');
    expect(local(deadlineForBucket('later', bounds, null))).toBe('2026-3-20 18:00');
  });

  it('keeps the time of day of the old deadline', () => {
    expect(local(deadlineForBucket('nextWeek', bounds, '2026-03-02T02:30:00Z'))).toBe('2026-3-13 9:30');
  });

  it('clears the deadline on "no deadline" and refuses the overdue column', () => {
    expect(deadlineForBucket('none', bounds, '2026-03-02T02:30:00Z')).toBeNull();
    expect(deadlineForBucket('overdue', bounds, null)).toBeUndefined();
  });

  it('moves "today" to the last minute when the usual hour has passed', () => {
    const late = bucketBounds(new Date('2026-03-04T12:00:00Z'), NSK); // 19:00 there
    expect(local(deadlineForBucket('today', late, null))).toBe('2026-3-4 23:59');
  });

  it('on Friday "this week" means tomorrow, and on Sunday nothing is left of it', () => {
    const friday = bucketBounds(new Date('2026-03-06T03:00:00Z'), NSK);
    expect(local(deadlineForBucket('thisWeek', friday, null))).toBe('2026-3-7 18:00');
    const sunday = bucketBounds(new Date('2026-03-08T03:00:00Z'), NSK);
    expect(deadlineForBucket('thisWeek', sunday, null)).toBeUndefined();
  });

  it('survives a daylight-saving change in the viewer’s zone', () => {
    // Friday 2026-03-27 in Berlin; next week's Friday is after the switch to summer time.
    const berlin = bucketBounds(new Date('2026-03-25T09:00:00Z'), 'Europe/Berlin');
    const deadline = deadlineForBucket('nextWeek', berlin, null)!;
    const p = zonedParts(new Date(deadline), 'Europe/Berlin');
    expect([p.day, p.hour, p.minute]).toEqual([3, 18, 0]);
    expect(deadline).toBe('2026-04-03T16:00:00.000Z');
  });
});
