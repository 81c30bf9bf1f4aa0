import type { GanttTask } from './types';

/** One line of the chart: a task at its depth in the subtask hierarchy. */
export interface TreeRow {
  task: GanttTask;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** Subtasks by parent id; tasks whose parent is not in the list (not visible to the reader) are roots. */
export interface TaskTree {
  roots: GanttTask[];
  children: Map<string, GanttTask[]>;
}

/**
 * Groups the flat task list into the subtask hierarchy. Each level keeps the order the server sends
 * (creation order), so rows stay put when a drag changes dates.
 */
export function buildTree(tasks: readonly GanttTask[]): TaskTree {
  const ids = new Set(tasks.map((t) => t.id));
  const roots: GanttTask[] = [];
  const children = new Map<string, GanttTask[]>();
  for (const task of tasks) {
    if (task.parentId && ids.has(task.parentId) && task.parentId !== task.id) {
      let list = children.get(task.parentId);
      if (!list) children.set(task.parentId, (list = []));
      list.push(task);
    } else {
      roots.push(task);
    }
  }
  return { roots, children };
}

/**
 * The rows shown: every root, and the subtasks of each expanded task, depth first. Iterative, so a
 * deep hierarchy cannot overflow the stack; a parent loop (which the server refuses) cannot recur.
 */
export function flattenTree(tree: TaskTree, collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const stack: { task: GanttTask; depth: number }[] = [];
  for (let i = tree.roots.length - 1; i >= 0; i--) stack.push({ task: tree.roots[i]!, depth: 0 });
  while (stack.length > 0) {
    const { task, depth } = stack.pop()!;
    if (seen.has(task.id)) continue;
    seen.add(task.id);
    const kids = tree.children.get(task.id) ?? [];
    const expanded = kids.length > 0 && !collapsed.has(task.id);
    rows.push({ task, depth, hasChildren: kids.length > 0, expanded });
    if (expanded) for (let i = kids.length - 1; i >= 0; i--) stack.push({ task: kids[i]!, depth: depth + 1 });
  }
  return rows;
}

/** Every task that has subtasks: what "collapse all" collapses. */
export function parentIds(tree: TaskTree): string[] {
  return [...tree.children.keys()];
}
