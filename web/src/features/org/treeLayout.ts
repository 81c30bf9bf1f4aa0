/**
 * A small tidy-tree layout (top-down, Reingold–Tilford style): each subtree is packed against its
 * left sibling as tightly as its level-by-level contour allows, and every parent is centred over
 * its first and last child. Rows are layered, so a tall (expanded) card pushes the next row down
 * instead of overlapping it.
 */

/** A box to place: its size and the children shown below it. */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  children: LayoutNode[];
}

/** Top-left corner of a placed box. */
export interface Position {
  x: number;
  y: number;
}

/** Gaps between siblings and between rows, in pixels. */
export interface LayoutOptions {
  siblingGap: number;
  rowGap: number;
}

/** Per-depth extents of a subtree, relative to its root's horizontal centre. */
interface Contour {
  left: number[];
  right: number[];
}

interface Shaped {
  contour: Contour;
  /** Horizontal offsets of each child's centre from this node's centre. */
  offsets: number[];
}

function shapeSubtree(node: LayoutNode, shapes: Map<string, Shaped>): Contour {
  const half = node.width / 2;
  if (node.children.length === 0) {
    shapes.set(node.id, { contour: { left: [-half], right: [half] }, offsets: [] });
    return { left: [-half], right: [half] };
  }
  const childContours = node.children.map((child) => shapeSubtree(child, shapes));
  const offsets: number[] = [];
  const mergedLeft: number[] = [];
  const mergedRight: number[] = [];
  childContours.forEach((c, i) => {
    let shift = 0;
    if (i > 0) {
      // The smallest shift that keeps this subtree clear of everything placed so far, row by row.
      shift = -Infinity;
      const depth = Math.min(c.left.length, mergedRight.length);
      for (let d = 0; d < depth; d += 1) {
        shift = Math.max(shift, (mergedRight[d] ?? 0) - (c.left[d] ?? 0));
      }
    }
    offsets.push(shift);
    c.left.forEach((l, d) => {
      if (mergedLeft[d] === undefined) mergedLeft[d] = l + shift;
    });
    c.right.forEach((r, d) => {
      mergedRight[d] = r + shift;
    });
  });
  const mid = ((offsets[0] ?? 0) + (offsets[offsets.length - 1] ?? 0)) / 2;
  const centred = offsets.map((o) => o - mid);
  const contour = {
    left: [-half, ...mergedLeft.map((l) => l - mid)],
    right: [half, ...mergedRight.map((r) => r - mid)],
  };
  shapes.set(node.id, { contour, offsets: centred });
  return contour;
}

function rowHeights(root: LayoutNode): number[] {
  const heights: number[] = [];
  const walk = (node: LayoutNode, depth: number) => {
    heights[depth] = Math.max(heights[depth] ?? 0, node.height);
    node.children.forEach((c) => walk(c, depth + 1));
  };
  walk(root, 0);
  return heights;
}

/** Places every node of the tree; returns top-left positions by id (the root is centred on x = 0). */
export function layoutTree(root: LayoutNode, options: LayoutOptions): Map<string, Position> {
  // Widen every box by the gap while packing, so neighbours end up exactly `siblingGap` apart.
  const padded = (node: LayoutNode): LayoutNode => ({
    ...node,
    width: node.width + options.siblingGap,
    children: node.children.map(padded),
  });
  const shapes = new Map<string, Shaped>();
  shapeSubtree(padded(root), shapes);

  const heights = rowHeights(root);
  const rowTop: number[] = [];
  heights.reduce((top, h, depth) => {
    rowTop[depth] = top;
    return top + h + options.rowGap;
  }, 0);

  const positions = new Map<string, Position>();
  const place = (node: LayoutNode, centre: number, depth: number) => {
    positions.set(node.id, { x: centre - node.width / 2, y: rowTop[depth] ?? 0 });
    const offsets = shapes.get(node.id)?.offsets ?? [];
    node.children.forEach((child, i) => place(child, centre + (offsets[i] ?? 0), depth + 1));
  };
  place(root, 0, 0);
  return positions;
}
