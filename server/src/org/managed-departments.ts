import type { OrgTree } from './org-tree.js';
import { subtreeIds } from './org-tree.js';

const cache = new WeakMap<OrgTree, Map<string, readonly string[]>>();

/**
 * The departments whose people have `userId` up their manager chain: every department the user
 * heads, with everything below it. (A manager chain climbs department heads, so "M is above X"
 * is exactly "X sits in the subtree of a department M heads", X ≠ M.) Memoised per tree
 * revision: visibility scoping asks for it on every request.
 */
export function managedDepartmentIds(tree: OrgTree, userId: string): readonly string[] {
  let perUser = cache.get(tree);
  if (!perUser) {
    perUser = new Map();
    cache.set(tree, perUser);
  }
  const known = perUser.get(userId);
  if (known) return known;
  const ids = new Set<string>();
  for (const d of tree.values()) {
    if (d.headId === userId && !ids.has(d.id)) for (const id of subtreeIds(tree, d.id)) ids.add(id);
  }
  const result = [...ids];
  perUser.set(userId, result);
  return result;
}

/** Whether `managerId` is up the chain of a user sitting in `departmentId`. */
export function isManagerOf(
  tree: OrgTree,
  managerId: string,
  user: { id: string; departmentId: string | null },
): boolean {
  if (user.id === managerId || !user.departmentId) return false;
  return managedDepartmentIds(tree, managerId).includes(user.departmentId);
}
