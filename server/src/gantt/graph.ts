import type { GanttLink, LinkType } from './types.js';

/** Link kinds as small integers, so the hot loops compare numbers, not strings. */
const LINK_CODE: Record<LinkType, number> = { FS: 0, SS: 1, FF: 2, SF: 3 };

/**
 * A dependency graph over task indices, in compressed adjacency form (one flat array of edge
 * numbers per direction): the passes over 5,000 tasks stay in typed arrays and allocate nothing.
 */
export interface TaskGraph {
  /** Task id by index. */
  ids: readonly string[];
  /** Index by task id. */
  index: ReadonlyMap<string, number>;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeType: Uint8Array;
  /** Outgoing edges of task `i` are `outEdges[outStart[i] .. outStart[i + 1])`. */
  outStart: Int32Array;
  outEdges: Int32Array;
  /** Incoming edges of task `i` are `inEdges[inStart[i] .. inStart[i + 1])`. */
  inStart: Int32Array;
  inEdges: Int32Array;
}

/**
 * Builds the graph over `ids`. Links naming a task outside `ids` are dropped (they constrain
 * nothing here); a self-link is kept, because it is a cycle and must be reported as one.
 */
export function buildGraph(ids: readonly string[], links: readonly GanttLink[]): TaskGraph {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const from: number[] = [];
  const to: number[] = [];
  const type: number[] = [];
  for (const link of links) {
    const p = index.get(link.predecessorId);
    const s = index.get(link.successorId);
    if (p === undefined || s === undefined) continue;
    from.push(p);
    to.push(s);
    type.push(LINK_CODE[link.type]);
  }
  const edgeFrom = Int32Array.from(from);
  const edgeTo = Int32Array.from(to);
  const [outStart, outEdges] = adjacency(ids.length, edgeFrom);
  const [inStart, inEdges] = adjacency(ids.length, edgeTo);
  return { ids, index, edgeFrom, edgeTo, edgeType: Uint8Array.from(type), outStart, outEdges, inStart, inEdges };
}

/** Counting sort of edge numbers by their endpoint `ends[e]`. */
function adjacency(n: number, ends: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const v of ends) start[v + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const edges = new Int32Array(ends.length);
  for (let e = 0; e < ends.length; e++) edges[fill[ends[e]!]!++] = e;
  return [start, edges];
}

/**
 * Kahn's topological order of the tasks with `include[i] === 1` (all when omitted), counting only
 * edges between included tasks. Tasks left out of `order` sit on a cycle or downstream of one.
 */
export function topologicalOrder(graph: TaskGraph, include?: Uint8Array): { order: Int32Array; blocked: number[] } {
  const n = graph.ids.length;
  const inDegree = new Int32Array(n);
  for (let e = 0; e < graph.edgeTo.length; e++) {
    if (!include || (include[graph.edgeFrom[e]!] && include[graph.edgeTo[e]!])) inDegree[graph.edgeTo[e]!]!++;
  }
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if ((!include || include[i]) && inDegree[i] === 0) order[tail++] = i;
  while (head < tail) {
    const v = order[head++]!;
    for (let k = graph.outStart[v]!; k < graph.outStart[v + 1]!; k++) {
      const w = graph.edgeTo[graph.outEdges[k]!]!;
      if (include && !include[w]) continue;
      if (--inDegree[w]! === 0) order[tail++] = w;
    }
  }
  const blocked: number[] = [];
  if (tail < (include ? include.reduce((a, b) => a + b, 0) : n)) {
    for (let i = 0; i < n; i++) if ((!include || include[i]) && inDegree[i]! > 0) blocked.push(i);
  }
  return { order: order.subarray(0, tail), blocked };
}

/**
 * The cycles among `blocked` tasks (what Kahn could not order), each as task ids in link order.
 * Every blocked task keeps a blocked predecessor, so walking predecessors from any of them must
 * come back to a task already on the walk: that loop is a cycle. Walks stop at tasks an earlier
 * walk passed, so each cycle is reported once.
 */
export function findCycles(graph: TaskGraph, blocked: readonly number[]): string[][] {
  const isBlocked = new Uint8Array(graph.ids.length);
  for (const i of blocked) isBlocked[i] = 1;
  const walked = new Int32Array(graph.ids.length).fill(-1);
  const cycles: string[][] = [];
  blocked.forEach((startTask, walk) => {
    const path: number[] = [];
    let v = startTask;
    while (walked[v] === -1) {
      walked[v] = walk;
      path.push(v);
      v = blockedPredecessor(graph, v, isBlocked);
    }
    if (walked[v] !== walk) return;
    // The walk went backwards along links; reverse the loop to read it predecessor → successor.
    const loop = path.slice(path.indexOf(v)).reverse();
    cycles.push(loop.map((i) => graph.ids[i]!));
  });
  return cycles;
}

function blockedPredecessor(graph: TaskGraph, v: number, isBlocked: Uint8Array): number {
  for (let k = graph.inStart[v]!; k < graph.inStart[v + 1]!; k++) {
    const p = graph.edgeFrom[graph.inEdges[k]!]!;
    if (isBlocked[p]) return p;
  }
  throw new Error('a blocked task always has a blocked predecessor');
}

/**
 * The earliest start a link allows its successor, given the predecessor's start and (exclusive)
 * finish and the successor's duration: FS start ≥ finish, SS start ≥ start, FF finish ≥ finish,
 * SF finish ≥ start.
 */
export function requiredStart(type: number, predStart: number, predFinish: number, succDuration: number): number {
  switch (type) {
    case 0:
      return predFinish;
    case 1:
      return predStart;
    case 2:
      return predFinish - succDuration;
    default:
      return predStart - succDuration;
  }
}

/**
 * The latest (exclusive) finish a link allows its predecessor, given the successor's latest start
 * and finish and the predecessor's duration: the same four rules read backwards.
 */
export function allowedFinish(type: number, succStart: number, succFinish: number, predDuration: number): number {
  switch (type) {
    case 0:
      return succStart;
    case 1:
      return succStart + predDuration;
    case 2:
      return succFinish;
    default:
      return succFinish + predDuration;
  }
}
