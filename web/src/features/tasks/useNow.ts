import { useSyncExternalStore } from 'react';

/**
 * One shared clock for the task pages, ticking each minute: "overdue" marks and planner columns
 * follow the time without every row running its own timer.
 */
const TICK_MS = 60_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time in epoch milliseconds, to the minute. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
