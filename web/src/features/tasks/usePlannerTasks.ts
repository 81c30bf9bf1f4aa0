import type { Task, TaskListItem } from '@artel/common';
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { fetchTaskPage, taskKeys, type TaskListFilters } from './tasksApi';

/** The planner shows the work I owe: tasks I am responsible for that are not finished or stopped. */
const PLANNER_FILTERS: TaskListFilters = {
  role: 'responsible',
  status: ['new', 'pending', 'in_progress'],
  sort: 'deadline',
  order: 'asc',
};

/** Big pages: the planner holds every open task of mine (10,000 is 20 requests). */
const PLANNER_PAGE = 500;

type PlannerData = InfiniteData<Page<TaskListItem>, string | null>;

/** All my open tasks, loaded page after page in the background. */
export function usePlannerTasks() {
  const query = useInfiniteQuery({
    queryKey: taskKeys.planner,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => fetchTaskPage(PLANNER_FILTERS, PLANNER_PAGE, pageParam, signal),
    getNextPageParam: (last) => last.nextCursor,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, isError]);
  const tasks = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return { query, tasks, loadingMore: Boolean(hasNextPage) };
}

function replaceTask(data: PlannerData | undefined, id: string, change: (t: TaskListItem) => TaskListItem) {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((p) => ({ ...p, items: p.items.map((t) => (t.id === id ? change(t) : t)) })),
  };
}

/** Changes a card's deadline at once on screen, then on the server; puts it back if refused. */
export function useMoveDeadline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, deadline }: { task: TaskListItem; deadline: string | null }) =>
      api<Task>(`/tasks/${encodeURIComponent(task.id)}`, {
        method: 'PATCH',
        body: { deadline, version: task.version },
      }),
    onMutate: async ({ task, deadline }) => {
      await queryClient.cancelQueries({ queryKey: taskKeys.planner });
      queryClient.setQueryData<PlannerData>(taskKeys.planner, (d) =>
        replaceTask(d, task.id, (t) => ({ ...t, deadline })),
      );
      return { previous: task };
    },
    onError: (_err, _vars, context) => {
      if (context)
        queryClient.setQueryData<PlannerData>(taskKeys.planner, (d) =>
          replaceTask(d, context.previous.id, () => context.previous),
        );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<PlannerData>(taskKeys.planner, (d) =>
        replaceTask(d, saved.id, (t) => ({
          ...t,
          deadline: saved.deadline,
          version: saved.version,
          updatedAt: saved.updatedAt,
        })),
      );
      queryClient.setQueryData(taskKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] });
      void queryClient.invalidateQueries({ queryKey: taskKeys.counters });
    },
  });
}
