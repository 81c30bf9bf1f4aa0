import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** Codes the chart explains in its own words (a refused link, a stale or forbidden edit). */
const OWN_CODES = new Set(['dependency_cycle', 'dependency_exists', 'stale_version', 'schedule_cycle']);

/** A message for a failed chart edit: what went wrong in terms of the chart, else the server's. */
export function ganttErrorMessage(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    if (OWN_CODES.has(err.code)) return t(`gantt.errors.${err.code}`);
    if (err.status === 403) return t('gantt.errors.forbidden');
    if (err.status === 404) return t('gantt.errors.notFound');
  }
  return errorMessage(err, t);
}
