import type { LinkType } from './types';

/** Which end of a bar a link attaches to. */
export type BarSide = 'start' | 'end';

/** A link end on screen: the bar's edge and the row's middle. */
export interface Anchor {
  x: number;
  y: number;
  side: BarSide;
}

/** A point of a routed arrow. */
export interface Point {
  x: number;
  y: number;
}

/** The ends a link type joins: FS runs from the predecessor's finish to the successor's start. */
export function linkSides(type: LinkType): { from: BarSide; to: BarSide } {
  return {
    from: type[0] === 'F' ? 'end' : 'start',
    to: type[1] === 'F' ? 'end' : 'start',
  };
}

/** The link type drawn from one bar's side to another's. */
export function linkTypeOf(from: BarSide, to: BarSide): LinkType {
  return `${from === 'end' ? 'F' : 'S'}${to === 'end' ? 'F' : 'S'}` as LinkType;
}

/**
 * An orthogonal route from `from` to `to`: it leaves a bar's end rightwards and its start leftwards
 * by at least `gap`, and enters a start from the left, an end from the right. Three segments when a
 * vertical run fits between the two, otherwise five, turning at `rowHeight / 2` from the source row
 * (the gap between rows) so the arrow never crosses a bar of either row.
 */
export function routeArrow(from: Anchor, to: Anchor, gap: number, rowHeight: number): Point[] {
  const out = from.side === 'end' ? 1 : -1;
  const into = to.side === 'start' ? 1 : -1;
  const exitX = from.x + out * gap;
  const entryX = to.x - into * gap;
  let midX: number | null;
  if (out === 1 && into === 1) midX = to.x - from.x >= 2 * gap ? exitX : null;
  else if (out === -1 && into === -1) midX = from.x - to.x >= 2 * gap ? exitX : null;
  else if (out === 1) midX = Math.max(exitX, entryX);
  else midX = Math.min(exitX, entryX);
  if (midX !== null && from.y !== to.y) {
    return [
      { x: from.x, y: from.y },
      { x: midX, y: from.y },
      { x: midX, y: to.y },
      { x: to.x, y: to.y },
    ];
  }
  const turnY = from.y + (to.y >= from.y ? 1 : -1) * (rowHeight / 2);
  return [
    { x: from.x, y: from.y },
    { x: exitX, y: from.y },
    { x: exitX, y: turnY },
    { x: entryX, y: turnY },
    { x: entryX, y: to.y },
    { x: to.x, y: to.y },
  ];
}

/** An SVG path through the points. */
export function pathOf(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
