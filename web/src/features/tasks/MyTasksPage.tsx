import { Badge, Button, Chip, EmptyState, Group, Paper, Tabs, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconChecklist,
  IconHourglass,
  IconPlus,
  IconUserCheck,
} from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { openTaskCreate } from './quickCreate';
import { TaskFiltersBar } from './TaskFiltersBar';
import { TaskList, TaskListSkeleton } from './TaskList';
import { useTaskCounters, useTaskList } from './tasksApi';
import { ROLE_TABS, useTaskFilters } from './useTaskFilters';

/** "My tasks": what I do, help with, set and watch, with the counts that need me first. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const filters = useTaskFilters();
  const { raw, set } = filters;
  const counters = useTaskCounters();
  const list = useTaskList(filters.listFilters);
  const tasks = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const c = counters.data;

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        description={t('tasks.description')}
        actions={
          <>
            <Button
              component={Link}
              to="/tasks/planner"
              variant="default"
              leftSection={<IconCalendarEvent size={16} />}
            >
              {t('tasks.planner.title')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => openTaskCreate()} data-testid="task-new">
              {t('tasks.new')}
            </Button>
          </>
        }
      />
      <Tabs value={raw.awaiting ? null : raw.role} onChange={(v) => set({ role: v, awaiting: null })} mb="md">
        <Tabs.List>
          {ROLE_TABS.map((role) => (
            <Tabs.Tab
              key={role}
              value={role}
              rightSection={
                c && c.roles[role] > 0 ? (
                  <Badge size="sm" variant="light" circle={c.roles[role] < 10}>
                    {c.roles[role]}
                  </Badge>
                ) : null
              }
            >
              {t(`tasks.roles.${role}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group gap="xs" mb="md" data-testid="task-counters">
        <Chip
          checked={raw.overdue}
          onChange={(on) => set({ overdue: on ? 'true' : null })}
          color="red"
          icon={<IconAlertTriangle size={14} />}
        >
          <Text
            span
            inherit
            c={c && c.overdue > 0 && !raw.overdue ? 'red' : undefined}
            fw={c && c.overdue > 0 ? 600 : undefined}
          >
            {t('tasks.counters.overdue', { count: c?.overdue ?? 0 })}
          </Text>
        </Chip>
        <Chip
          checked={raw.awaiting === 'acceptance'}
          onChange={(on) => set({ awaiting: on ? 'acceptance' : null })}
          color="cyan"
          icon={<IconUserCheck size={14} />}
        >
          {t('tasks.counters.awaitingAcceptance', { count: c?.awaitingAcceptance ?? 0 })}
        </Chip>
        <Chip
          checked={raw.awaiting === 'approval'}
          onChange={(on) => set({ awaiting: on ? 'approval' : null })}
          color="orange"
          icon={<IconHourglass size={14} />}
        >
          {t('tasks.counters.awaitingApproval', { count: c?.awaitingApproval ?? 0 })}
        </Chip>
      </Group>
      <TaskFiltersBar raw={raw} set={set} />
      {list.isPending ? (
        <TaskListSkeleton />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : tasks.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconChecklist />}
            withIndicatorBackground
            title={t(filters.filtered ? 'tasks.empty.filteredTitle' : 'tasks.empty.title')}
            description={t(filters.filtered ? 'tasks.empty.filteredDescription' : `tasks.empty.${raw.role}`)}
          >
            <EmptyState.Actions>
              {filters.filtered ? (
                <Button variant="default" onClick={filters.reset}>
                  {t('tasks.filters.reset')}
                </Button>
              ) : (
                <Button leftSection={<IconPlus size={16} />} onClick={() => openTaskCreate()}>
                  {t('tasks.new')}
                </Button>
              )}
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        <TaskList tasks={tasks} hasMore={Boolean(hasNextPage)} loadingMore={isFetchingNextPage} onLoadMore={loadMore} />
      )}
    </>
  );
}
