import type { TaskListItem, TaskListQuery } from '@artel/common';
import {
  Anchor,
  Badge,
  Button,
  Center,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { IconChevronDown, IconChevronUp, IconListCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import type { Page } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { UserAvatar } from '../../../components/UserAvatar';
import { formatShortDate, isOverdue, PRIORITY_COLORS, STATUS_COLORS } from '../display';
import { useProjectOutlet } from '../projectContext';
import { projectKeys } from '../projectsApi';

/** Short cells keep to one line; the title takes the remaining width and wraps. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type SortKey = NonNullable<TaskListQuery['sort']>;
interface Sort {
  key: SortKey;
  order: 'asc' | 'desc';
}

/** Sortable columns and the order a first click gives (newest first, nearest deadline first). */
const FIRST_ORDER: Partial<Record<SortKey, Sort['order']>> = {
  title: 'asc',
  deadline: 'asc',
  priority: 'desc',
  createdAt: 'desc',
};

function useProjectTasks(projectId: string, sort: Sort) {
  return useInfiniteQuery({
    queryKey: [...projectKeys.tasks(projectId), sort],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<Page<TaskListItem>>('/tasks', {
        signal,
        query: { projectId, sort: sort.key, order: sort.order, limit: 100, cursor: pageParam },
      }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: SortKey;
  sort: Sort;
  onSort: (s: Sort) => void;
}) {
  const { t } = useTranslation();
  const active = sort.key === column;
  const Icon = !active ? IconSelector : sort.order === 'asc' ? IconChevronUp : IconChevronDown;
  const next: Sort = active
    ? { key: column, order: sort.order === 'asc' ? 'desc' : 'asc' }
    : { key: column, order: FIRST_ORDER[column] ?? 'asc' };
  return (
    <Table.Th aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => onSort(next)} aria-label={t('projects.tasks.sortBy', { column: label })}>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={active ? 700 : 600}>
            {label}
          </Text>
          <Icon size={14} stroke={1.8} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function TaskRow({ task, now }: { task: TaskListItem; now: Date }) {
  const { t, i18n } = useTranslation();
  const overdue = isOverdue(task, now);
  return (
    <Table.Tr data-testid="project-task-row">
      <Table.Td maw={420}>
        <Anchor component={Link} to={`/tasks/${task.id}`} fw={500} size="sm" lineClamp={2}>
          {task.title}
        </Anchor>
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        <Badge
          variant="light"
          color={STATUS_COLORS[task.status]}
          radius="sm"
          tt="none"
          fw={500}
          size="md"
          miw="max-content"
        >
          {t(`projects.status.${task.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <UserAvatar name={task.responsible.name} photoUrl={task.responsible.photoUrl} size={26} />
          <Text size="sm" truncate maw={200}>
            {task.responsible.name}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        {task.deadline ? (
          <Text
            size="sm"
            c={overdue ? 'red' : undefined}
            fw={overdue ? 600 : undefined}
            data-overdue={overdue || undefined}
          >
            {formatShortDate(task.deadline, i18n.language)}
            {overdue && (
              <Text span size="xs" c="red" ml={6}>
                · {t('projects.tasks.overdue')}
              </Text>
            )}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('projects.tasks.noDeadline')}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        <Badge variant="dot" color={PRIORITY_COLORS[task.priority]} tt="none" fw={500} size="md" miw="max-content">
          {t(`projects.priority.${task.priority}`)}
        </Badge>
      </Table.Td>
      <Table.Td style={NO_WRAP}>
        <Text size="sm" c="dimmed">
          {formatShortDate(task.createdAt, i18n.language)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The project's tasks as a table sorted on the server, so it stays right with thousands of tasks. */
export function TasksTab() {
  const { t } = useTranslation();
  const { project } = useProjectOutlet();
  const [sort, setSort] = useState<Sort>({ key: 'createdAt', order: 'desc' });
  const list = useProjectTasks(project.id, sort);
  const tasks = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const now = useMemo(() => new Date(), [list.dataUpdatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  const newTask = project.abilities.createTask && (
    <Button component={Link} to={`/tasks/new?projectId=${project.id}`} leftSection={<IconPlus size={16} />}>
      {t('projects.tasks.new')}
    </Button>
  );

  if (list.isPending) return <Skeleton h={320} radius="md" />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (tasks.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <EmptyState
          icon={<IconListCheck />}
          withIndicatorBackground
          title={t('projects.tasks.emptyTitle')}
          description={t('projects.tasks.emptyDescription')}
        >
          {newTask && <EmptyState.Actions>{newTask}</EmptyState.Actions>}
        </EmptyState>
      </Paper>
    );
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('projects.tasks.shown', { count: tasks.length })}
        </Text>
        {newTask}
      </Group>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={980}>
          <Table
            highlightOnHover
            verticalSpacing="sm"
            horizontalSpacing="md"
            style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
          >
            <Table.Thead bg="var(--mantine-color-default-hover)">
              <Table.Tr>
                <SortHeader label={t('projects.tasks.title')} column="title" sort={sort} onSort={setSort} />
                <Table.Th>{t('projects.tasks.status')}</Table.Th>
                <Table.Th>{t('projects.tasks.responsible')}</Table.Th>
                <SortHeader label={t('projects.tasks.deadline')} column="deadline" sort={sort} onSort={setSort} />
                <SortHeader label={t('projects.tasks.priority')} column="priority" sort={sort} onSort={setSort} />
                <SortHeader label={t('projects.tasks.created')} column="createdAt" sort={sort} onSort={setSort} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((task) => (
                <TaskRow key={task.id} task={task} now={now} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {list.hasNextPage && (
        <Center>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
