import type { TaskRole, TaskStatus } from '@artel/common';
import { TASK_STATUSES } from '@artel/common';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TaskListFilters } from './tasksApi';
import { OPEN_STATUSES } from './taskLook';

/** The tabs of "My tasks", in order: I do, I help, I set, I watch. */
export const ROLE_TABS: TaskRole[] = ['responsible', 'participant', 'creator', 'observer'];

const SORTS = ['deadline', 'createdAt', 'updatedAt', 'priority', 'title'] as const;
type Sort = (typeof SORTS)[number];

/** The instant a `YYYY-MM-DD` day starts (or, with `end`, its last millisecond) in the browser's zone. */
function dayBoundary(day: string | null, end: boolean): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T00:00:00`);
  if (Number.isNaN(d.getTime())) return null;
  if (end) d.setDate(d.getDate() + 1);
  return new Date(d.getTime() - (end ? 1 : 0)).toISOString();
}

/**
 * The filters of "My tasks", kept in the address so a filtered view can be shared and survives
 * Back. No `status` means open tasks; `status=all` means every status.
 */
export function useTaskFilters() {
  const [params, setParams] = useSearchParams();
  const role = (ROLE_TABS as string[]).includes(params.get('role') ?? '')
    ? (params.get('role') as TaskRole)
    : 'responsible';
  const statusParam = params.get('status');
  const status: TaskStatus[] =
    statusParam === null
      ? OPEN_STATUSES
      : statusParam === 'all'
        ? []
        : statusParam.split(',').filter((s): s is TaskStatus => (TASK_STATUSES as readonly string[]).includes(s));
  const q = params.get('q') ?? '';
  const tag = params.get('tag') ?? '';
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [debouncedTag] = useDebouncedValue(tag, 250);
  const sortParam = params.get('sort');
  const sort: Sort = (SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as Sort) : 'deadline';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const awaitingParam = params.get('awaiting');
  const awaiting = awaitingParam === 'acceptance' || awaitingParam === 'approval' ? awaitingParam : null;

  const raw = {
    role,
    status,
    q,
    tag,
    sort,
    order,
    awaiting,
    overdue: params.get('overdue') === 'true',
    projectId: params.get('project'),
    responsibleId: params.get('responsible'),
    creatorId: params.get('creator'),
    deadlineFrom: params.get('from'),
    deadlineTo: params.get('to'),
  } as const;

  const listFilters: TaskListFilters = useMemo(
    () => ({
      // "Awaiting my acceptance/approval" are their own lists across roles.
      role: awaiting ? undefined : role,
      awaiting,
      status: awaiting ? undefined : status,
      q: debouncedQ,
      tag: debouncedTag,
      sort,
      order,
      overdue: raw.overdue || undefined,
      projectId: raw.projectId,
      responsibleId: raw.responsibleId,
      creatorId: raw.creatorId,
      deadlineFrom: dayBoundary(raw.deadlineFrom, false),
      deadlineTo: dayBoundary(raw.deadlineTo, true),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `status` is derived from its param
    [
      role,
      awaiting,
      statusParam,
      debouncedQ,
      debouncedTag,
      sort,
      order,
      raw.overdue,
      raw.projectId,
      raw.responsibleId,
      raw.creatorId,
      raw.deadlineFrom,
      raw.deadlineTo,
    ],
  );

  const set = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const filtered = Boolean(
    q ||
    tag ||
    raw.projectId ||
    raw.responsibleId ||
    raw.creatorId ||
    raw.deadlineFrom ||
    raw.deadlineTo ||
    raw.overdue ||
    awaiting ||
    statusParam !== null,
  );
  const reset = useCallback(() => setParams({ role }, { replace: true }), [setParams, role]);

  return { raw, listFilters, set, filtered, reset };
}
