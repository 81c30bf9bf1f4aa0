import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** Task-specific refusals the server explains with a code; other failures use the shared texts. */
const TASK_CODES = ['invalid_transition', 'dependency_cycle', 'dependency_exists', 'stale_version', 'not_in_project'];

/** A translated message for a failed task write. */
export function taskErrorMessage(err: unknown, t: TFunction): string {
  if (isApiError(err) && TASK_CODES.includes(err.code)) return t(`tasks.errors.${err.code}`);
  return errorMessage(err, t);
}

/** True when the task on screen is out of date and should be read again. */
export function taskIsOutdated(err: unknown): boolean {
  return isApiError(err, 'invalid_transition') || isApiError(err, 'stale_version');
}
