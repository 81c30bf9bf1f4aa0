import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTree, type LayoutNode } from './treeLayout';

const OPTIONS = { siblingGap: 20, rowGap: 40 };

function node(id: string, children: LayoutNode[] = [], width = 100, height = 50): LayoutNode {
  return { id, width, height, children };
}

function all(root: LayoutNode): LayoutNode[] {
  return [root, ...root.children.flatMap(all)];
}

/** Builds a random tree from a list of parent picks (each new node hangs under an earlier one). */
function treeFrom(parents: number[], widths: number[]): LayoutNode {
  const nodes = [node('n0', [], widths[0] ?? 100)];
  parents.forEach((p, i) => {
    const child = node(`n${i + 1}`, [], widths[i + 1] ?? 100, 40 + ((i * 7) % 60));
    nodes[p % nodes.length]?.children.push(child);
    nodes.push(child);
  });
  return nodes[0] as LayoutNode;
}

describe('layoutTree', () => {
  it('centres a parent over its first and last child', () => {
    const positions = layoutTree(node('r', [node('a'), node('b'), node('c')]), OPTIONS);
    const centre = (id: string) => (positions.get(id)?.x ?? NaN) + 50;
    expect(centre('r')).toBeCloseTo((centre('a') + centre('c')) / 2);
    expect(centre('b')).toBeCloseTo(centre('r'));
  });

  it('puts each level in its own row below the tallest card of the row above', () => {
    const tree = node('r', [node('a', [node('a1')], 100, 200), node('b', [node('b1')])]);
    const positions = layoutTree(tree, OPTIONS);
    expect(positions.get('a')?.y).toBe(90);
    expect(positions.get('a1')?.y).toBe(90 + 200 + 40);
    expect(positions.get('b1')?.y).toBe(positions.get('a1')?.y);
  });

  it('never overlaps two cards and keeps at least the sibling gap between them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.array(fc.integer({ min: 40, max: 300 }), { minLength: 61, maxLength: 61 }),
        (parents, widths) => {
          const tree = treeFrom(parents, widths);
          const positions = layoutTree(tree, OPTIONS);
          const boxes = all(tree).map((n) => ({ ...n, ...(positions.get(n.id) ?? { x: NaN, y: NaN }) }));
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
              if (a.y !== b.y) continue;
              const gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
              expect(gap).toBeGreaterThanOrEqual(OPTIONS.siblingGap - 1e-6);
            }
          }
        },
      ),
    );
  });
});
