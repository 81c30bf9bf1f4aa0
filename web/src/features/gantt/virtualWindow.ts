/** The rows to render: `first` inclusive, `last` exclusive. */
export interface RowWindow {
  first: number;
  last: number;
}

/**
 * Which of `count` rows of `rowHeight` pixels intersect a viewport scrolled to `scrollTop` and
 * `viewportHeight` tall, widened by `overscan` rows on each side so a fast scroll does not show
 * blank rows before the next render.
 */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 10,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan);
  return { first: Math.min(first, last), last };
}
