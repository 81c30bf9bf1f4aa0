import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { COLUMN_PREFIX } from '../boardState';

/**
 * Keyboard moves on the board: Up and Down step through the column (the sortable default), Left
 * and Right carry the card to the top of the neighbouring column.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (event.code !== 'ArrowLeft' && event.code !== 'ArrowRight') return sortableKeyboardCoordinates(event, args);
  const { collisionRect, droppableRects, droppableContainers } = args.context;
  if (!collisionRect) return undefined;
  event.preventDefault();
  const centre = collisionRect.left + collisionRect.width / 2;
  const centreOf = (rect: ClientRect) => rect.left + rect.width / 2;
  let nearest: ClientRect | null = null;
  for (const container of droppableContainers.getEnabled()) {
    if (!String(container.id).startsWith(COLUMN_PREFIX)) continue;
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const ahead = event.code === 'ArrowRight' ? centreOf(rect) > centre + 1 : centreOf(rect) < centre - 1;
    if (ahead && (!nearest || Math.abs(centreOf(rect) - centre) < Math.abs(centreOf(nearest) - centre))) {
      nearest = rect;
    }
  }
  return nearest ? { x: nearest.left + (nearest.width - collisionRect.width) / 2, y: nearest.top + 4 } : undefined;
};
