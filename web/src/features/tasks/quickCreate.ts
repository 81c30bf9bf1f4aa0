import { useSyncExternalStore } from 'react';

/**
 * Opening the "new task" modal from anywhere: the top bar's "+", its keyboard shortcut, buttons on
 * task pages. Kept apart from the modal itself so the shell carries only this tiny store and the
 * form arrives in its own chunk on first use.
 */

/** Fields a caller may fill in advance. */
export interface TaskCreateDefaults {
  projectId?: string;
  parentId?: string;
  responsibleId?: string;
}

interface State {
  open: boolean;
  defaults: TaskCreateDefaults;
  /** Bumped on every opening, so the form starts clean each time. */
  key: number;
}

let state: State = { open: false, defaults: {}, key: 0 };
const listeners = new Set<() => void>();

function emit(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

/** The keyboard shortcut (physical keys, so it works in any layout). */
export const TASK_CREATE_HOTKEY = 'shift+N';

/** Opens the modal, optionally with some fields filled. */
export function openTaskCreate(defaults: TaskCreateDefaults = {}): void {
  emit({ open: true, defaults, key: state.key + 1 });
}

/** Closes it. */
export function closeTaskCreate(): void {
  emit({ ...state, open: false });
}

/** The modal's state, for the one host that renders it. */
export function useTaskCreateState(): State {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
