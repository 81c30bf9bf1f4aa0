/**
 * A change would leave the tasks' links in a loop, where every task waits on itself. The HTTP
 * layer answers it 409 `dependency_cycle`.
 */
export class ScheduleCycleError extends Error {
  /** The error code the API answers with. */
  readonly code = 'dependency_cycle';

  /** `cycle`: task ids around the loop, in link order. */
  constructor(readonly cycle: readonly string[]) {
    super(`The task links form a cycle: ${cycle.join(' → ')}`);
    this.name = 'ScheduleCycleError';
  }
}
