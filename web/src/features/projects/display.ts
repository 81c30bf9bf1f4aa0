import type { TaskPriority, TaskStatus } from '@artel/common';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { formatDateOnly } from '../../i18n/format';
import { errorMessage } from '../../lib/errors';

/** Statuses in which a passed deadline makes a task overdue (the server's rule for the counters). */
const ACTIVE: ReadonlySet<TaskStatus> = new Set(['new', 'pending', 'in_progress']);

/** True when the responsible person still owes work and the deadline has passed. */
export function isOverdue(task: { status: TaskStatus; deadline: string | null }, now: Date): boolean {
  return task.deadline !== null && ACTIVE.has(task.status) && new Date(task.deadline).getTime() < now.getTime();
}

/** Badge colours of the statuses: grey waiting, blue working, teal done, orange needs someone. */
export const STATUS_COLORS: Record<TaskStatus, string> = {
  new: 'grape',
  pending: 'gray',
  in_progress: 'blue',
  awaiting_control: 'orange',
  completed: 'teal',
  deferred: 'yellow',
  declined: 'red',
};

/** Priority colours: only "high" should catch the eye. */
export const PRIORITY_COLORS: Record<TaskPriority, string> = { low: 'gray', normal: 'blue', high: 'red' };

/** An instant (a deadline, a creation time) as a short date in the viewer's zone. */
export function formatShortDate(value: string, lng: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lng, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** A project's dates as one phrase: "1 Dec 2026 – 31 Jan 2027", "from …", "until …", or null. */
export function formatProjectDates(start: string | null, end: string | null, lng: string, t: TFunction): string | null {
  const s = start ? formatDateOnly(start, lng) : '';
  const e = end ? formatDateOnly(end, lng) : '';
  if (s && e) return t('projects.dates.range', { start: s, end: e });
  if (s) return t('projects.dates.from', { date: s });
  if (e) return t('projects.dates.until', { date: e });
  return null;
}

const PROJECT_CODES = new Set([
  'last_stage',
  'already_member',
  'owner_role_fixed',
  'owner_not_removable',
  'not_in_project',
]);

/** A failure message, with the projects' own error codes translated. */
export function projectErrorMessage(err: unknown, t: TFunction): string {
  if (err instanceof ApiError && PROJECT_CODES.has(err.code)) return t(`projects.errors.${err.code}`);
  return errorMessage(err, t);
}
