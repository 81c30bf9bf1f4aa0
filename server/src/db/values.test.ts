import { describe, expect, it } from 'vitest';
import { atInstant, nowIso } from './values.js';

describe('the clock behind nowIso', () => {
  it('answers the pinned instant inside atInstant, through awaits, and the real time outside', async () => {
    const pinned = new Date('2026-01-15T07:30:00.000Z');
    const seen = await atInstant(pinned, async () => {
      const first = nowIso();
      await new Promise((resolve) => setTimeout(resolve, 5));
      return [first, nowIso()];
    });
    expect(seen).toEqual([pinned.toISOString(), pinned.toISOString()]);
    expect(Date.parse(nowIso())).toBeGreaterThan(Date.parse('2026-06-01T00:00:00Z'));
  });

  it('does not leak a pinned instant into work running at the same time', async () => {
    let outside = '';
    const release = new Promise<void>((resolve) => setTimeout(resolve, 5));
    await Promise.all([
      atInstant(new Date('2020-02-02T00:00:00.000Z'), () => release),
      (async () => {
        await Promise.resolve();
        outside = nowIso();
      })(),
    ]);
    expect(outside.startsWith('2020')).toBe(false);
  });
});
