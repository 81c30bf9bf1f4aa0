import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOrgTree, deriveManagerChain, deriveManagerId, isSameOrDescendant, subtreeIds } from './org-tree.js';

// company (head: ceo) → sales (head: dan) → spb (no head) ; company → design (head: vera)
const tree = buildOrgTree([
  { id: 'company', parentId: null, headId: 'ceo' },
  { id: 'sales', parentId: 'company', headId: 'dan' },
  { id: 'spb', parentId: 'sales', headId: null },
  { id: 'design', parentId: 'company', headId: 'vera' },
]);

describe('deriveManagerId', () => {
  it("is the head of one's department", () => {
    expect(deriveManagerId(tree, 'igor', 'sales')).toBe('dan');
  });
  it('for the head, is the head of the nearest ancestor that has one', () => {
    expect(deriveManagerId(tree, 'dan', 'sales')).toBe('ceo');
    expect(deriveManagerId(tree, 'vera', 'design')).toBe('ceo');
  });
  it('skips departments without a head', () => {
    expect(deriveManagerId(tree, 'ksenia', 'spb')).toBe('dan');
  });
  it('is null at the top and outside any department', () => {
    expect(deriveManagerId(tree, 'ceo', 'company')).toBeNull();
    expect(deriveManagerId(tree, 'newcomer', null)).toBeNull();
  });
});

describe('deriveManagerChain', () => {
  it('walks up to the top, nearest first', () => {
    const departmentOf = (id: string) => ({ dan: 'sales', ceo: 'company', vera: 'design' })[id] ?? null;
    expect(deriveManagerChain(tree, 'ksenia', 'spb', departmentOf)).toEqual(['dan', 'ceo']);
    expect(deriveManagerChain(tree, 'ceo', 'company', departmentOf)).toEqual([]);
  });
});

describe('isSameOrDescendant and subtreeIds', () => {
  it('knows what lies below a department', () => {
    expect(isSameOrDescendant(tree, 'sales', 'spb')).toBe(true);
    expect(isSameOrDescendant(tree, 'sales', 'sales')).toBe(true);
    expect(isSameOrDescendant(tree, 'sales', 'design')).toBe(false);
    expect(subtreeIds(tree, 'sales').sort()).toEqual(['sales', 'spb']);
  });
});

/** Random trees: department i hangs under some j < i; heads are random people or none. */
const randomTree = fc.integer({ min: 1, max: 30 }).chain((size) =>
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: size, maxLength: size }),
      fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }), { minLength: size, maxLength: size }),
    )
    .map(([parents, heads]) =>
      parents.map((p, i) => ({
        id: `d${i}`,
        parentId: i === 0 ? null : `d${p % i}`,
        headId: heads[i] === null ? null : `u${heads[i]}`,
      })),
    ),
);

describe('manager derivation on random structures', () => {
  it('never names the person themselves and always names the head of an ancestor-or-self department', () => {
    fc.assert(
      fc.property(randomTree, fc.integer({ min: 0, max: 12 }), fc.nat(), (rows, person, deptPick) => {
        const t = buildOrgTree(rows);
        const userId = `u${person}`;
        const departmentId = rows[deptPick % rows.length]!.id;
        const manager = deriveManagerId(t, userId, departmentId);
        if (manager === null) return;
        expect(manager).not.toBe(userId);
        const ancestorHeads = new Set<string>();
        let current = t.get(departmentId);
        while (current) {
          if (current.headId) ancestorHeads.add(current.headId);
          current = current.parentId ? t.get(current.parentId) : undefined;
        }
        expect(ancestorHeads.has(manager)).toBe(true);
      }),
    );
  });

  it('a department is never its own descendant after any valid move', () => {
    fc.assert(
      fc.property(randomTree, fc.nat(), fc.nat(), (rows, a, b) => {
        const t = buildOrgTree(rows);
        const moving = rows[a % rows.length]!.id;
        const target = rows[b % rows.length]!.id;
        if (isSameOrDescendant(t, moving, target)) return;
        const moved = buildOrgTree(rows.map((r) => (r.id === moving ? { ...r, parentId: target } : r)));
        expect(isSameOrDescendant(moved, moving, target)).toBe(false);
        expect(subtreeIds(moved, moving)).not.toContain(target);
      }),
    );
  });
});
