import type { OrgChartNode, UserSummary } from '../../api/types';

/** Card geometry, shared by the layout and the card so what is laid out is what is drawn. */
export const CARD = {
  width: 288,
  base: 156,
  deputyRow: 42,
  employeeRow: 44,
  maxVisibleEmployees: 6,
  listPadding: 8,
} as const;

/** How a person appears in a department. */
export type OrgRole = 'head' | 'deputy' | 'employee';

/** A person the chart can focus: where they sit and in what role. */
export interface PersonEntry {
  person: UserSummary;
  departmentId: string;
  role: OrgRole;
}

/** A department with its place in the tree, for search and focusing. */
export interface DepartmentEntry {
  node: OrgChartNode;
  depth: number;
  parentId: string | null;
  /** Names from the root down to the parent, for telling same-named departments apart. */
  path: string[];
}

/** Indexes built once per chart load. */
export interface ChartIndex {
  departments: Map<string, DepartmentEntry>;
  people: Map<string, PersonEntry>;
  totalEmployees: number;
}

const ROLE_RANK: Record<OrgRole, number> = { head: 0, deputy: 1, employee: 2 };

/** Walks the tree once and indexes departments and people (head beats deputy beats plain member). */
export function indexChart(root: OrgChartNode): ChartIndex {
  const departments = new Map<string, DepartmentEntry>();
  const people = new Map<string, PersonEntry>();
  let totalEmployees = 0;
  const addPerson = (person: UserSummary, departmentId: string, role: OrgRole) => {
    const existing = people.get(person.id);
    if (!existing || ROLE_RANK[role] < ROLE_RANK[existing.role]) people.set(person.id, { person, departmentId, role });
  };
  const walk = (node: OrgChartNode, depth: number, parentId: string | null, path: string[]) => {
    departments.set(node.id, { node, depth, parentId, path });
    totalEmployees += node.employeeCount;
    if (node.head) addPerson(node.head, node.id, 'head');
    if (node.deputy) addPerson(node.deputy, node.id, 'deputy');
    node.employees.forEach((e) => addPerson(e, node.id, 'employee'));
    node.children.forEach((c) => walk(c, depth + 1, node.id, [...path, node.name]));
  };
  walk(root, 0, null, []);
  return { departments, people, totalEmployees };
}

/** Height of a card in its current state. */
export function cardHeight(node: OrgChartNode, employeesOpen: boolean): number {
  let height = CARD.base + (node.deputy ? CARD.deputyRow : 0);
  if (employeesOpen && node.employees.length > 0) {
    height += Math.min(node.employees.length, CARD.maxVisibleEmployees) * CARD.employeeRow + CARD.listPadding * 2 + 1;
  }
  return height;
}

/** About how many cards fit an overview before the chart turns into a long horizontal scroll. */
const OVERVIEW_CARDS = 40;

/**
 * Departments whose sub-departments start folded: show as many top levels as fit an overview
 * (at least the company and its divisions), so a 300-department company opens readable.
 */
export function initiallyCollapsed(index: ChartIndex): Set<string> {
  const perDepth: number[] = [];
  for (const entry of index.departments.values()) perDepth[entry.depth] = (perDepth[entry.depth] ?? 0) + 1;
  let shownDepth = 1;
  let shown = (perDepth[0] ?? 0) + (perDepth[1] ?? 0);
  while (shownDepth + 1 < perDepth.length && shown + (perDepth[shownDepth + 1] ?? 0) <= OVERVIEW_CARDS) {
    shownDepth += 1;
    shown += perDepth[shownDepth] ?? 0;
  }
  const collapsed = new Set<string>();
  for (const [id, entry] of index.departments) {
    if (entry.depth >= shownDepth && entry.node.children.length > 0) collapsed.add(id);
  }
  return collapsed;
}

/** Ids of a department's ancestors, nearest first. */
export function ancestorsOf(index: ChartIndex, departmentId: string): string[] {
  const result: string[] = [];
  let current = index.departments.get(departmentId)?.parentId ?? null;
  while (current) {
    result.push(current);
    current = index.departments.get(current)?.parentId ?? null;
  }
  return result;
}
