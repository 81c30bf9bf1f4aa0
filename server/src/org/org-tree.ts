/** A department as the structure needs it: where it hangs and who heads it. */
export interface DepartmentNode {
  id: string;
  parentId: string | null;
  headId: string | null;
}

/** The company's department tree, indexed for walking up. */
export type OrgTree = ReadonlyMap<string, DepartmentNode>;

/** Builds the index from department rows. */
export function buildOrgTree(departments: Iterable<DepartmentNode>): OrgTree {
  const tree = new Map<string, DepartmentNode>();
  for (const d of departments) tree.set(d.id, { id: d.id, parentId: d.parentId, headId: d.headId });
  return tree;
}

/**
 * A user's manager, derived from the structure: the head of their department; for the head
 * themselves (or in a department without a head), the head of the nearest ancestor that has one
 * other than them. Null at the top of the company or outside any department.
 */
export function deriveManagerId(tree: OrgTree, userId: string, departmentId: string | null): string | null {
  const seen = new Set<string>();
  let current = departmentId ? tree.get(departmentId) : undefined;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.headId && current.headId !== userId) return current.headId;
    current = current.parentId ? tree.get(current.parentId) : undefined;
  }
  return null;
}

/**
 * The chain of managers above a user, nearest first. `departmentOf` tells each manager's own
 * department, since a head's manager depends on where the head sits.
 */
export function deriveManagerChain(
  tree: OrgTree,
  userId: string,
  departmentId: string | null,
  departmentOf: (userId: string) => string | null,
): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([userId]);
  let managerId = deriveManagerId(tree, userId, departmentId);
  while (managerId && !seen.has(managerId)) {
    chain.push(managerId);
    seen.add(managerId);
    managerId = deriveManagerId(tree, managerId, departmentOf(managerId));
  }
  return chain;
}

/** True when `candidateId` is `departmentId` itself or lies below it. */
export function isSameOrDescendant(tree: OrgTree, departmentId: string, candidateId: string): boolean {
  const seen = new Set<string>();
  let current = tree.get(candidateId);
  while (current && !seen.has(current.id)) {
    if (current.id === departmentId) return true;
    seen.add(current.id);
    current = current.parentId ? tree.get(current.parentId) : undefined;
  }
  return false;
}

/** The ids of a department and everything below it (for "my department and below" scoping). */
export function subtreeIds(tree: OrgTree, rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const d of tree.values()) {
    if (!d.parentId) continue;
    const list = children.get(d.parentId) ?? [];
    list.push(d.id);
    children.set(d.parentId, list);
  }
  const result: string[] = [];
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (!tree.has(id) || result.includes(id)) continue;
    result.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}
