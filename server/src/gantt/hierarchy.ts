import type { GanttTask } from './types.js';

/** Tasks arranged by their parents, for passes that must see every child before its parent. */
export interface Hierarchy {
  /** Child indices per task index. */
  children: number[][];
  /** Every task index, each child before its parent. */
  childrenFirst: number[];
}

/**
 * Orders tasks so that children come before parents. A task whose parent is not among `tasks`
 * counts as a root; a parent loop (which the database should never hold) is broken where the
 * walk meets a task already on it, so every task still appears exactly once.
 */
export function buildHierarchy(tasks: readonly Pick<GanttTask, 'id' | 'parentId'>[]): Hierarchy {
  const index = new Map<string, number>();
  tasks.forEach((t, i) => index.set(t.id, i));
  const children: number[][] = tasks.map(() => []);
  tasks.forEach((t, i) => {
    const p = t.parentId === null ? undefined : index.get(t.parentId);
    if (p !== undefined && p !== i) children[p]!.push(i);
  });
  // 0 unseen, 1 on the walk, 2 done. One explicit stack of (task, next child) pairs, reused for
  // every root: a deep chain of subtasks must not overflow the call stack.
  const state = new Uint8Array(tasks.length);
  const stackTask = new Int32Array(tasks.length);
  const stackNext = new Int32Array(tasks.length);
  const childrenFirst: number[] = [];
  for (let root = 0; root < tasks.length; root++) {
    if (state[root] !== 0) continue;
    let depth = 0;
    stackTask[0] = root;
    stackNext[0] = 0;
    state[root] = 1;
    while (depth >= 0) {
      const v = stackTask[depth]!;
      const kids = children[v]!;
      const next = stackNext[depth]!;
      if (next < kids.length) {
        stackNext[depth] = next + 1;
        const c = kids[next]!;
        if (state[c] === 0) {
          state[c] = 1;
          depth++;
          stackTask[depth] = c;
          stackNext[depth] = 0;
        }
      } else {
        state[v] = 2;
        childrenFirst.push(v);
        depth--;
      }
    }
  }
  return { children, childrenFirst };
}
