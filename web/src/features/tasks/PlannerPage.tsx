import type { TaskListItem } from '@artel/common';
import { Button, Group, Loader, Skeleton, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconList, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../api/queries';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { taskErrorMessage as errorMessage, taskIsOutdated } from './taskErrors';
import { taskKeys } from './tasksApi';
import { PlannerColumn } from './PlannerColumn';
import { bucketBounds, deadlineForBucket, groupByBucket, PLANNER_BUCKETS, type PlannerBucket } from './plannerBuckets';
import { openTaskCreate } from './quickCreate';
import { useMoveDeadline, usePlannerTasks } from './usePlannerTasks';
import { useNow } from './useNow';
import { browserTimeZone } from './zonedTime';

/**
 * The personal planner: my open tasks in columns by deadline, in my time zone. Dragging a card to
 * another column (or choosing it from the card's menu) moves its deadline there.
 */
export function PlannerPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const timeZone = useMemo(() => browserTimeZone(), []);
  // Columns follow the clock: a deadline passing moves its card to Overdue within a minute.
  const now = useNow();
  const { query, tasks, loadingMore } = usePlannerTasks();
  const move = useMoveDeadline();
  const queryClient = useQueryClient();
  const bounds = useMemo(() => bucketBounds(new Date(now), timeZone), [now, timeZone]);
  const groups = useMemo(() => groupByBucket(tasks, bounds), [tasks, bounds]);
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const accepting = useMemo(
    () => PLANNER_BUCKETS.filter((b) => deadlineForBucket(b, bounds, null) !== undefined),
    [bounds],
  );
  // Deadlines are edited by those who set the task (the server has the final word).
  const canMove = useCallback((task: TaskListItem) => task.creatorId === me.id || me.isAdmin, [me.id, me.isAdmin]);
  const findTask = useCallback((id: string) => byId.get(id), [byId]);
  const onMove = useCallback(
    (task: TaskListItem, to: PlannerBucket) => {
      const deadline = deadlineForBucket(to, bounds, task.deadline);
      if (deadline === undefined || deadline === task.deadline) return;
      move.mutate(
        { task, deadline },
        {
          onSuccess: () =>
            notifications.show({
              color: 'teal',
              message: t('tasks.planner.moved', { column: t(`tasks.planner.bucket.${to}`) }),
            }),
          onError: (err) => {
            notifications.show({ color: 'red', message: errorMessage(err, t) });
            // Changed elsewhere since the planner loaded: read the columns again.
            if (taskIsOutdated(err)) void queryClient.invalidateQueries({ queryKey: taskKeys.planner });
          },
        },
      );
    },
    [bounds, move, t, queryClient],
  );

  return (
    <>
      <PageHeader
        title={t('tasks.planner.title')}
        description={t('tasks.planner.description', { zone: timeZone })}
        actions={
          <>
            {loadingMore && (
              <Group gap={6}>
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  {t('tasks.planner.loading', { count: tasks.length })}
                </Text>
              </Group>
            )}
            <Button component={Link} to="/tasks" variant="default" leftSection={<IconList size={16} />}>
              {t('tasks.title')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => openTaskCreate()}>
              {t('tasks.new')}
            </Button>
          </>
        }
      />
      {query.isPending ? (
        <Group align="stretch" wrap="nowrap" gap="sm">
          {PLANNER_BUCKETS.map((b) => (
            <Skeleton key={b} h={400} style={{ flex: 1 }} />
          ))}
        </Group>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div
          style={{
            display: 'flex',
            gap: 8,
            scrollSnapType: 'x proximity',
            overflowX: 'auto',
            height: 'calc(100dvh - 56px - 140px)',
            minHeight: 420,
          }}
          data-testid="planner"
        >
          {PLANNER_BUCKETS.map((bucket) => (
            <PlannerColumn
              key={bucket}
              bucket={bucket}
              tasks={groups[bucket]}
              accepts={accepting.includes(bucket)}
              acceptingBuckets={accepting}
              canMove={canMove}
              onMove={onMove}
              findTask={findTask}
            />
          ))}
        </div>
      )}
    </>
  );
}
