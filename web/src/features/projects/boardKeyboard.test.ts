import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { boardKeyboardCoordinates } from './board/boardKeyboard';

type Args = Parameters<KeyboardCoordinateGetter>[1];

function rect(left: number, top = 0, width = 272, height = 400): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

/** Three columns side by side and one card in the first, as the board lays them out. */
function boardArgs(draggedLeft: number): Args {
  const rects = new Map<string, ClientRect>([
    ['column:todo', rect(0, 100)],
    ['column:doing', rect(300, 100)],
    ['column:done', rect(600, 100)],
    ['card-1', rect(10, 150, 252, 80)],
  ]);
  return {
    active: 'card-1',
    currentCoordinates: { x: draggedLeft, y: 150 },
    context: {
      collisionRect: rect(draggedLeft, 150, 252, 80),
      droppableRects: rects,
      droppableContainers: { getEnabled: () => [...rects.keys()].map((id) => ({ id })) },
    },
  } as unknown as Args;
}

function press(code: string): KeyboardEvent {
  return { code, preventDefault: () => {} } as unknown as KeyboardEvent;
}

describe('moving a card with the keyboard', () => {
  it('carries the card to the top of the next column on the right, and back on the left', () => {
    expect(boardKeyboardCoordinates(press('ArrowRight'), boardArgs(10))).toEqual({ x: 310, y: 104 });
    expect(boardKeyboardCoordinates(press('ArrowRight'), boardArgs(310))).toEqual({ x: 610, y: 104 });
    expect(boardKeyboardCoordinates(press('ArrowLeft'), boardArgs(610))).toEqual({ x: 310, y: 104 });
  });

  it('stays put at either edge of the board', () => {
    expect(boardKeyboardCoordinates(press('ArrowLeft'), boardArgs(10))).toBeUndefined();
    expect(boardKeyboardCoordinates(press('ArrowRight'), boardArgs(610))).toBeUndefined();
  });
});
