import { describe, expect, it } from 'vitest';
import {
  appendPage,
  cardBefore,
  columnDropId,
  dropPlace,
  findCard,
  moveCard,
  movePlan,
  replaceCard,
  type Board,
  type BoardCard,
} from './boardState';

type Card = BoardCard & { title: string };

/** A board from a compact description: stage id → titles (ids equal titles). */
function boardOf(layout: Record<string, string[]>, counts?: Record<string, number>): Board<Card> {
  const stages = Object.keys(layout).map((id) => ({ id, taskCount: counts?.[id] ?? layout[id]!.length }));
  const columns = Object.fromEntries(
    Object.entries(layout).map(([stageId, titles]) => [
      stageId,
      { tasks: titles.map((title) => ({ id: title, title, stageId })), nextCursor: null },
    ]),
  );
  return { stages, columns };
}

function layoutOf(board: Board<Card>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(board.columns).map(([id, c]) => [id, c.tasks.map((t) => t.id)]));
}

describe('moving a card on the board', () => {
  const board = boardOf({ todo: ['A', 'B', 'C'], doing: ['D'], done: [] });

  it('reorders within a column like an array move and leaves the counts alone', () => {
    const moved = moveCard(board, 'A', 'todo', 2);
    expect(layoutOf(moved).todo).toEqual(['B', 'C', 'A']);
    expect(moveCard(board, 'C', 'todo', 0).columns.todo!.tasks.map((t) => t.id)).toEqual(['C', 'A', 'B']);
    expect(moved.stages).toBe(board.stages);
  });

  it('moves across columns, updating the card stage and both counts', () => {
    const moved = moveCard(board, 'B', 'doing', 0);
    expect(layoutOf(moved)).toEqual({ todo: ['A', 'C'], doing: ['B', 'D'], done: [] });
    expect(moved.columns.doing!.tasks[0]!.stageId).toBe('doing');
    expect(moved.stages.map((s) => s.taskCount)).toEqual([2, 2, 0]);
  });

  it('drops into an empty column and clamps an index past the end', () => {
    const moved = moveCard(board, 'D', 'done', 99);
    expect(layoutOf(moved)).toEqual({ todo: ['A', 'B', 'C'], doing: [], done: ['D'] });
  });

  it('does nothing for an unknown card, an unknown stage, or a drop on the same place', () => {
    expect(moveCard(board, 'Z', 'done', 0)).toBe(board);
    expect(moveCard(board, 'A', 'nowhere', 0)).toBe(board);
    expect(moveCard(board, 'B', 'todo', 1)).toBe(board);
  });

  it('keeps the original board untouched (the rollback snapshot stays valid)', () => {
    moveCard(board, 'A', 'done', 0);
    expect(layoutOf(board)).toEqual({ todo: ['A', 'B', 'C'], doing: ['D'], done: [] });
    expect(board.columns.todo!.tasks[0]!.stageId).toBe('todo');
  });

  it('counts what the server counted, not only the loaded cards', () => {
    const paged = boardOf({ todo: ['A'], doing: ['D'] }, { todo: 120, doing: 40 });
    expect(moveCard(paged, 'A', 'doing', 1).stages.map((s) => s.taskCount)).toEqual([119, 41]);
  });
});

describe('what the server is told after a drop', () => {
  const board = boardOf({ todo: ['A', 'B', 'C'], doing: ['D'] });

  it('names the card the dropped one now follows', () => {
    expect(movePlan(board, moveCard(board, 'C', 'todo', 1), 'C')).toEqual({ stageId: 'todo', afterId: 'A' });
    expect(movePlan(board, moveCard(board, 'C', 'todo', 0), 'C')).toEqual({ stageId: 'todo', afterId: null });
    expect(movePlan(board, moveCard(board, 'A', 'doing', 1), 'A')).toEqual({ stageId: 'doing', afterId: 'D' });
    expect(movePlan(board, moveCard(board, 'A', 'doing', 0), 'A')).toEqual({ stageId: 'doing', afterId: null });
  });

  it('is null when the card ended where it began', () => {
    expect(movePlan(board, board, 'B')).toBeNull();
    const there = moveCard(board, 'B', 'doing', 0);
    expect(movePlan(board, moveCard(there, 'B', 'todo', 1), 'B')).toBeNull();
  });

  it('reads the neighbour before a card', () => {
    expect(cardBefore(board, 'A')).toBeNull();
    expect(cardBefore(board, 'C')).toBe('B');
    expect(cardBefore(board, 'missing')).toBeNull();
    expect(findCard(board, 'D')).toEqual({ stageId: 'doing', index: 0 });
  });
});

describe('where a dragged card lands', () => {
  const board = boardOf({ todo: ['A', 'B'], doing: ['D', 'E'], done: [] });

  it('goes before the card under it, or after it past its middle', () => {
    expect(dropPlace(board, 'E', false)).toEqual({ stageId: 'doing', index: 1 });
    expect(dropPlace(board, 'E', true)).toEqual({ stageId: 'doing', index: 2 });
  });

  it('goes to the end of a column dropped on its empty space', () => {
    expect(dropPlace(board, columnDropId('done'), false)).toEqual({ stageId: 'done', index: 0 });
    expect(dropPlace(board, columnDropId('todo'), false)).toEqual({ stageId: 'todo', index: 2 });
    expect(dropPlace(board, columnDropId('gone'), false)).toBeNull();
    expect(dropPlace(board, 'unknown', false)).toBeNull();
  });
});

describe('loading and refreshing cards', () => {
  it('appends a page without repeating cards a move already brought in', () => {
    const board = { ...boardOf({ todo: ['A'], doing: ['X'] }) };
    board.columns.todo!.nextCursor = 'c1';
    const next = appendPage(board, 'todo', {
      items: [
        { id: 'X', title: 'X', stageId: 'todo' },
        { id: 'B', title: 'B', stageId: 'todo' },
      ],
      nextCursor: null,
    });
    expect(layoutOf(next)).toEqual({ todo: ['A', 'B'], doing: ['X'] });
    expect(next.columns.todo!.nextCursor).toBeNull();
  });

  it('replaces one card in place', () => {
    const board = boardOf({ todo: ['A', 'B'] });
    const next = replaceCard(board, 'B', (c) => ({ ...c, title: 'Bee' }));
    expect(next.columns.todo!.tasks.map((t) => t.title)).toEqual(['A', 'Bee']);
    expect(replaceCard(board, 'none', (c) => c)).toBe(board);
  });
});
