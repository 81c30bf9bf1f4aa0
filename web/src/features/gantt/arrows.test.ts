import { describe, expect, it } from 'vitest';
import { linkSides, linkTypeOf, pathOf, routeArrow, type Point } from './arrows';
import type { LinkType } from './types';

const GAP = 8;
const ROW = 32;

/** Every segment is horizontal or vertical. */
function orthogonal(points: Point[]): boolean {
  return points.slice(1).every((p, i) => p.x === points[i]!.x || p.y === points[i]!.y);
}

describe('dependency arrows', () => {
  it('joins the ends each link type names, both ways', () => {
    const types: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
    for (const type of types) {
      const { from, to } = linkSides(type);
      expect(linkTypeOf(from, to)).toBe(type);
    }
    expect(linkSides('FS')).toEqual({ from: 'end', to: 'start' });
    expect(linkSides('SF')).toEqual({ from: 'start', to: 'end' });
  });

  it('draws an FS link with room as out, down, into the start', () => {
    const points = routeArrow({ x: 100, y: 16, side: 'end' }, { x: 200, y: 80, side: 'start' }, GAP, ROW);
    expect(points).toEqual([
      { x: 100, y: 16 },
      { x: 108, y: 16 },
      { x: 108, y: 80 },
      { x: 200, y: 80 },
    ]);
  });

  it('detours between the rows when the successor starts before the predecessor ends', () => {
    const points = routeArrow({ x: 200, y: 16, side: 'end' }, { x: 150, y: 80, side: 'start' }, GAP, ROW);
    expect(points).toEqual([
      { x: 200, y: 16 },
      { x: 208, y: 16 },
      { x: 208, y: 32 },
      { x: 142, y: 32 },
      { x: 142, y: 80 },
      { x: 150, y: 80 },
    ]);
    // Upwards too: the turn is in the gap above the source row.
    const up = routeArrow({ x: 200, y: 80, side: 'end' }, { x: 150, y: 16, side: 'start' }, GAP, ROW);
    expect(up[2]!.y).toBe(64);
  });

  it('leaves and enters on the correct side for every link type and any placement', () => {
    for (const type of ['FS', 'SS', 'FF', 'SF'] as LinkType[]) {
      const { from: fs, to: ts } = linkSides(type);
      for (const [fx, tx] of [
        [100, 300],
        [300, 100],
        [100, 104],
      ] as const) {
        for (const ty of [16, 80, -48]) {
          const points = routeArrow({ x: fx, y: 16, side: fs }, { x: tx, y: ty, side: ts }, GAP, ROW);
          expect(orthogonal(points)).toBe(true);
          expect(points[0]).toEqual({ x: fx, y: 16 });
          expect(points.at(-1)).toEqual({ x: tx, y: ty });
          // First step goes away from the bar, the last one comes in from outside it.
          expect(Math.sign(points[1]!.x - fx)).toBe(fs === 'end' ? 1 : -1);
          expect(Math.sign(tx - points.at(-2)!.x)).toBe(ts === 'start' ? 1 : -1);
        }
      }
    }
  });

  it('writes an SVG path', () => {
    expect(
      pathOf([
        { x: 0, y: 0 },
        { x: 5.25, y: 0 },
      ]),
    ).toBe('M0.0,0.0 L5.3,0.0');
  });
});
