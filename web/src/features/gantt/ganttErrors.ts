import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** Codes the chart explains in its own words (a refused link, a stale or forbidden edit). */
const OWN_CODES = new Set(['dependency_cycle', 'dependency_exists', 'stale_version']);

/**
 * A message for a failed chart edit: what went wrong in terms of the chart, else the server's. A
 * loop refused while moving a task (its dependants lead back to it) reads differently from a loop a
 * new link would close.
 */
export function ganttErrorMessage(err: unknown, t: TFunction, edit: 'move' | 'link' = 'link'): string {
  if (err instanceof ApiError) {
    if (err.code === 'dependency_cycle' && edit === 'move') return t('gantt.errors.schedule_cycle');
    if (OWN_CODES.has(err.code)) return t(`gantt.errors.${err.code}`);
    if (err.status === 403) return t('gantt.errors.forbidden');
    if (err.status === 404) return t('gantt.errors.notFound');
  }
  return errorMessage(err, t);
}
