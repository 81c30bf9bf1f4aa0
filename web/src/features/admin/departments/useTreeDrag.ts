import { useRef, useState } from 'react';
import type { Department } from '../../../api/types';

/** Which row is being dragged and which one it hovers, for styling. */
export interface TreeDragState {
  draggingId: string | null;
  overId: string | null;
}

/**
 * Native HTML5 drag-and-drop for the department tree: returns the drag state and, per row, the
 * event handlers that make it a drag source and a drop target. Dropping calls `onMove`.
 */
export function useTreeDrag(
  byId: Map<string, Department>,
  onMove: (department: Department, newParentId: string) => void,
) {
  const [state, setState] = useState<TreeDragState>({ draggingId: null, overId: null });
  // The dragged id also lives in a ref: dragover/drop may fire before React re-renders after dragstart.
  const draggingRef = useRef<string | null>(null);

  const canDropOn = (targetId: string) => {
    const dragged = draggingRef.current ? byId.get(draggingRef.current) : undefined;
    return Boolean(dragged && dragged.id !== targetId && dragged.parentId !== targetId);
  };

  const accept = (e: React.DragEvent, targetId: string) => {
    if (!canDropOn(targetId)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (state.overId !== targetId) setState((d) => ({ ...d, overId: targetId }));
  };

  const reset = () => {
    draggingRef.current = null;
    setState({ draggingId: null, overId: null });
  };

  const rowProps = (department: Department) => ({
    draggable: department.parentId !== null,
    onDragStart: (e: React.DragEvent) => {
      e.dataTransfer.effectAllowed = 'move';
      // Firefox starts a drag only when some data is set.
      e.dataTransfer.setData('text/plain', department.id);
      draggingRef.current = department.id;
      setState({ draggingId: department.id, overId: null });
    },
    onDragEnd: reset,
    // Both enter and over must be cancelled for the browser to treat the row as a drop target.
    onDragEnter: (e: React.DragEvent) => accept(e, department.id),
    onDragOver: (e: React.DragEvent) => accept(e, department.id),
    onDragLeave: (e: React.DragEvent) => {
      if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
      setState((d) => (d.overId === department.id ? { ...d, overId: null } : d));
    },
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      const dragged = draggingRef.current ? byId.get(draggingRef.current) : undefined;
      const allowed = canDropOn(department.id);
      reset();
      if (dragged && allowed) onMove(dragged, department.id);
    },
  });

  return { state, rowProps };
}
