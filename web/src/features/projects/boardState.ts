/**
 * The board as the web app holds it, and the pure moves on it: where a dragged card lands, which
 * card it now follows (what `POST /tasks/:id/move` needs), and the column counts. No React, no
 * network, so every drop case is unit-tested.
 */

/** The least a card needs for the board's bookkeeping. */
export interface BoardCard {
  id: string;
  stageId: string | null;
}

/** The least a column header needs. */
export interface BoardStage {
  id: string;
  taskCount: number;
}

/** One column's loaded cards, in board order, and the cursor of the cards not loaded yet. */
export interface BoardColumn<T extends BoardCard> {
  tasks: T[];
  nextCursor: string | null;
}

/** The stages in order and each stage's column. */
export interface Board<T extends BoardCard, S extends BoardStage = BoardStage> {
  stages: S[];
  columns: Record<string, BoardColumn<T>>;
}

/** Where a card sits: its stage and its index among the loaded cards. */
export interface CardPlace {
  stageId: string;
  index: number;
}

/** The card's stage and index, or null when it is not on the (loaded) board. */
export function findCard<T extends BoardCard>(board: Board<T>, taskId: string): CardPlace | null {
  for (const [stageId, column] of Object.entries(board.columns)) {
    const index = column.tasks.findIndex((t) => t.id === taskId);
    if (index >= 0) return { stageId, index };
  }
  return null;
}

/**
 * Moves a card to `toStageId` at `toIndex` (clamped to the column), updating its `stageId` and the
 * two stages' counts. Returns the same board when the card is unknown or already there.
 */
export function moveCard<T extends BoardCard, S extends BoardStage>(
  board: Board<T, S>,
  taskId: string,
  toStageId: string,
  toIndex: number,
): Board<T, S> {
  const from = findCard(board, taskId);
  const target = board.columns[toStageId];
  if (!from || !target) return board;
  const source = board.columns[from.stageId]!;
  const card = source.tasks[from.index]!;
  const sameColumn = from.stageId === toStageId;
  const remaining = source.tasks.filter((t) => t.id !== taskId);
  const base = sameColumn ? remaining : target.tasks;
  const index = Math.max(0, Math.min(toIndex, base.length));
  if (sameColumn && index === from.index) return board;
  const moved = { ...card, stageId: toStageId };
  const inserted = [...base.slice(0, index), moved, ...base.slice(index)];
  const columns = { ...board.columns, [toStageId]: { ...target, tasks: inserted } };
  if (!sameColumn) columns[from.stageId] = { ...source, tasks: remaining };
  const stages = sameColumn
    ? board.stages
    : board.stages.map((s) =>
        s.id === from.stageId
          ? { ...s, taskCount: Math.max(0, s.taskCount - 1) }
          : s.id === toStageId
            ? { ...s, taskCount: s.taskCount + 1 }
            : s,
      );
  return { stages, columns };
}

/** The card right before this one in its column (null when it is first): the `afterId` of a move. */
export function cardBefore<T extends BoardCard>(board: Board<T>, taskId: string): string | null {
  const place = findCard(board, taskId);
  if (!place || place.index === 0) return null;
  return board.columns[place.stageId]!.tasks[place.index - 1]!.id;
}

/** What the server must be told after a drag: null when the card ended where it started. */
export function movePlan<T extends BoardCard>(
  before: Board<T>,
  after: Board<T>,
  taskId: string,
): { stageId: string; afterId: string | null } | null {
  const start = findCard(before, taskId);
  const end = findCard(after, taskId);
  if (!start || !end) return null;
  const afterId = cardBefore(after, taskId);
  if (start.stageId === end.stageId && cardBefore(before, taskId) === afterId) return null;
  return { stageId: end.stageId, afterId };
}

/** Droppable ids of whole columns carry this prefix, so they never clash with card ids. */
export const COLUMN_PREFIX = 'column:';

/** The droppable id of a column. */
export function columnDropId(stageId: string): string {
  return `${COLUMN_PREFIX}${stageId}`;
}

/**
 * Where a card dragged over `overId` (a card or a column) should go. Over a card: before it, or after
 * it when the dragged card's middle is already below the target's middle. Over a column: its end.
 */
export function dropPlace<T extends BoardCard>(
  board: Board<T>,
  overId: string,
  pointerBelowMiddle: boolean,
): CardPlace | null {
  if (overId.startsWith(COLUMN_PREFIX)) {
    const stageId = overId.slice(COLUMN_PREFIX.length);
    const column = board.columns[stageId];
    return column ? { stageId, index: column.tasks.length } : null;
  }
  const over = findCard(board, overId);
  if (!over) return null;
  return { stageId: over.stageId, index: over.index + (pointerBelowMiddle ? 1 : 0) };
}

/** Appends a fetched page to a column, skipping cards already shown (a move may have brought them). */
export function appendPage<T extends BoardCard, S extends BoardStage>(
  board: Board<T, S>,
  stageId: string,
  page: { items: T[]; nextCursor: string | null },
): Board<T, S> {
  const column = board.columns[stageId];
  if (!column) return board;
  const shown = new Set(Object.values(board.columns).flatMap((c) => c.tasks.map((t) => t.id)));
  const fresh = page.items.filter((t) => !shown.has(t.id));
  return {
    ...board,
    columns: { ...board.columns, [stageId]: { tasks: [...column.tasks, ...fresh], nextCursor: page.nextCursor } },
  };
}

/** Replaces one card (after the server answered a move) without touching the others. */
export function replaceCard<T extends BoardCard, S extends BoardStage>(
  board: Board<T, S>,
  taskId: string,
  update: (card: T) => T,
): Board<T, S> {
  const place = findCard(board, taskId);
  if (!place) return board;
  const column = board.columns[place.stageId]!;
  const tasks = column.tasks.map((t) => (t.id === taskId ? update(t) : t));
  return { ...board, columns: { ...board.columns, [place.stageId]: { ...column, tasks } } };
}
