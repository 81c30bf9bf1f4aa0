import type { Department } from '../../../api/types';

/** A department with its sub-departments, for the admin tree. */
export interface DepartmentTreeNode {
  department: Department;
  children: DepartmentTreeNode[];
}

/** Builds the tree from the flat list; departments whose parent is missing become roots. */
export function buildDepartmentTree(departments: Department[], lng: string): DepartmentTreeNode[] {
  const nodes = new Map(departments.map((d) => [d.id, { department: d, children: [] as DepartmentTreeNode[] }]));
  const roots: DepartmentTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.department.parentId ? nodes.get(node.department.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: DepartmentTreeNode[]) => {
    list.sort((a, b) => a.department.name.localeCompare(b.department.name, lng));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
