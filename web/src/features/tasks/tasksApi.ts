import type {
  Attachment,
  ChecklistItem,
  Comment,
  Dependency,
  HistoryItem,
  Project,
  Task,
  TaskAction,
  TaskListItem,
  TaskRole,
  TaskStatus,
  UserSummary,
} from '@artel/common';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ItemList, Page } from '../../api/types';

/** Task query keys; every write invalidates `tasks` lists and the counters. */
export const taskKeys = {
  all: ['tasks'] as const,
  list: (filters: TaskListFilters) => ['tasks', 'list', filters] as const,
  planner: ['tasks', 'planner'] as const,
  counters: ['tasks', 'counters'] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
  part: (id: string, part: 'comments' | 'history' | 'checklist' | 'dependencies' | 'attachments' | 'subtasks') =>
    ['tasks', 'one', id, part] as const,
  hint: (responsibleId: string) => ['tasks', 'hint', responsibleId] as const,
};

/** Filters and sort of the task list, as the API takes them. */
export interface TaskListFilters {
  role?: TaskRole;
  status?: TaskStatus[];
  projectId?: string | null;
  responsibleId?: string | null;
  creatorId?: string | null;
  parentId?: string | null;
  tag?: string;
  q?: string;
  deadlineFrom?: string | null;
  deadlineTo?: string | null;
  overdue?: boolean;
  awaiting?: 'acceptance' | 'approval' | null;
  sort?: 'deadline' | 'createdAt' | 'updatedAt' | 'priority' | 'title';
  order?: 'asc' | 'desc';
}

/** Page size of task lists: a screenful several times over, so fast scrolling rarely waits. */
export const TASK_PAGE_SIZE = 100;

function listQuery(f: TaskListFilters, limit: number, cursor: string | null) {
  return {
    role: f.role,
    status: f.status?.length ? f.status.join(',') : undefined,
    projectId: f.projectId,
    responsibleId: f.responsibleId,
    creatorId: f.creatorId,
    parentId: f.parentId,
    tag: f.tag?.trim() || undefined,
    q: f.q?.trim() || undefined,
    deadlineFrom: f.deadlineFrom,
    deadlineTo: f.deadlineTo,
    overdue: f.overdue ? 'true' : undefined,
    awaiting: f.awaiting,
    sort: f.sort,
    order: f.order,
    limit,
    cursor,
  };
}

/** One page of tasks. */
export function fetchTaskPage(filters: TaskListFilters, limit: number, cursor: string | null, signal?: AbortSignal) {
  return api<Page<TaskListItem>>('/tasks', { signal, query: listQuery(filters, limit, cursor) });
}

/** A task list, page by page with the server's cursor. */
export function useTaskList(filters: TaskListFilters) {
  return useInfiniteQuery({
    queryKey: taskKeys.list(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => fetchTaskPage(filters, TASK_PAGE_SIZE, pageParam, signal),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** Counts for the "My tasks" header and tabs. */
export interface TaskCounters {
  overdue: number;
  awaitingAcceptance: number;
  awaitingApproval: number;
  roles: Record<TaskRole, number>;
}

/** The signed-in user's counters. */
export function useTaskCounters() {
  return useQuery({
    queryKey: taskKeys.counters,
    queryFn: ({ signal }) => api<TaskCounters>('/tasks/counters', { signal }),
  });
}

/** One task with its people and abilities. */
export function useTask(id: string) {
  return useQuery({
    queryKey: taskKeys.one(id),
    queryFn: ({ signal }) => api<Task>(`/tasks/${encodeURIComponent(id)}`, { signal }),
    enabled: Boolean(id),
  });
}

/** Reads every page of a cursor list (a task's comments or history: hundreds, not millions). */
async function fetchAllPages<T>(path: string, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api<Page<T>>(path, { signal, query: { limit: 500, cursor } });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** The task's comments, oldest first. */
export function useTaskComments(id: string) {
  return useQuery({
    queryKey: taskKeys.part(id, 'comments'),
    queryFn: ({ signal }) => fetchAllPages<Comment>(`/tasks/${encodeURIComponent(id)}/comments`, signal),
  });
}

/** The task's history, oldest first. */
export function useTaskHistory(id: string) {
  return useQuery({
    queryKey: taskKeys.part(id, 'history'),
    queryFn: ({ signal }) => fetchAllPages<HistoryItem>(`/tasks/${encodeURIComponent(id)}/history`, signal),
  });
}

/** The task's checklist. */
export function useChecklist(id: string) {
  return useQuery({
    queryKey: taskKeys.part(id, 'checklist'),
    queryFn: ({ signal }) =>
      api<ItemList<ChecklistItem>>(`/tasks/${encodeURIComponent(id)}/checklist`, { signal }).then((r) => r.items),
  });
}

/** The task's dependency links in both directions. */
export function useDependencies(id: string) {
  return useQuery({
    queryKey: taskKeys.part(id, 'dependencies'),
    queryFn: ({ signal }) =>
      api<ItemList<Dependency>>(`/tasks/${encodeURIComponent(id)}/dependencies`, { signal }).then((r) => r.items),
  });
}

/** The task's files. */
export function useAttachments(id: string) {
  return useQuery({
    queryKey: taskKeys.part(id, 'attachments'),
    queryFn: ({ signal }) =>
      api<ItemList<Attachment>>(`/tasks/${encodeURIComponent(id)}/attachments`, { signal }).then((r) => r.items),
  });
}

/** The task's subtasks (the first 200; a task with more is a project). */
export function useSubtasks(id: string) {
  return useQuery({
    queryKey: taskKeys.part(id, 'subtasks'),
    queryFn: ({ signal }) => fetchTaskPage({ parentId: id, sort: 'createdAt', order: 'asc' }, 200, null, signal),
  });
}

/** What setting a task for this person would do: its first status and a suggested observer. */
export interface AssignmentHint {
  initialStatus: 'new' | 'pending';
  suggestedObserver: UserSummary | null;
}

/** The hint for the chosen responsible person (scenario 3: cross-department assignment). */
export function useAssignmentHint(responsibleId: string | null) {
  return useQuery({
    queryKey: taskKeys.hint(responsibleId ?? ''),
    queryFn: ({ signal }) => api<AssignmentHint>('/tasks/assignment-hint', { signal, query: { responsibleId } }),
    enabled: Boolean(responsibleId),
    staleTime: 60_000,
  });
}

/** Projects whose name matches, for pickers. */
export function useProjectSearch(q: string) {
  return useQuery({
    queryKey: ['projects', 'pick', q],
    queryFn: ({ signal }) =>
      api<Page<Project>>('/projects', { signal, query: { q: q.trim() || undefined, limit: 20 } }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Tasks whose title matches, for parent and dependency pickers. */
export function useTaskSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['tasks', 'pick', q],
    queryFn: ({ signal }) => fetchTaskPage({ q, sort: 'updatedAt', order: 'desc' }, 20, null, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 30_000,
  });
}

/** After a task changes: its own record in cache, and every list and counter marked stale. */
export function useStoreTask() {
  const queryClient = useQueryClient();
  return (task: Task) => {
    queryClient.setQueryData(taskKeys.one(task.id), task);
    void queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] });
    void queryClient.invalidateQueries({ queryKey: taskKeys.planner });
    void queryClient.invalidateQueries({ queryKey: taskKeys.counters });
    void queryClient.invalidateQueries({ queryKey: taskKeys.part(task.id, 'history') });
    if (task.parentId) void queryClient.invalidateQueries({ queryKey: taskKeys.part(task.parentId, 'subtasks') });
  };
}

/** Body of a task write (create or edit). */
export type TaskWrite = Record<string, unknown>;

/** POST /tasks. */
export function useCreateTask() {
  const store = useStoreTask();
  return useMutation({
    mutationFn: (body: TaskWrite) => api<Task>('/tasks', { method: 'POST', body }),
    onSuccess: store,
  });
}

/** PATCH /tasks/:id with the changed fields and the version read. */
export function useUpdateTask(id: string) {
  const store = useStoreTask();
  return useMutation({
    mutationFn: (body: TaskWrite & { version: number }) =>
      api<Task>(`/tasks/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: store,
  });
}

/** Runs a workflow action. */
export function useTaskAction(id: string) {
  const store = useStoreTask();
  return useMutation({
    mutationFn: ({
      action,
      ...body
    }: {
      action: TaskAction;
      reason?: string;
      userId?: string;
      responsibleId?: string;
    }) => api<Task>(`/tasks/${encodeURIComponent(id)}/actions/${action}`, { method: 'POST', body }),
    onSuccess: store,
  });
}

/** Deletes the task. */
export function useDeleteTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`/tasks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: taskKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}

/** A write to one part of a task (comments, checklist, links, files): refreshes that part and the task. */
export function useTaskPartMutation<TVars, TResult>(
  id: string,
  parts: ('comments' | 'history' | 'checklist' | 'dependencies' | 'attachments')[],
  mutationFn: (vars: TVars) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        ...parts.map((part) => queryClient.invalidateQueries({ queryKey: taskKeys.part(id, part) })),
        queryClient.invalidateQueries({ queryKey: taskKeys.part(id, 'history') }),
        queryClient.invalidateQueries({ queryKey: taskKeys.one(id), exact: true }),
      ]);
    },
  });
}

/** Marks the task's comments read, so unread counters drop. */
export function markTaskRead(id: string) {
  return api<void>(`/tasks/${encodeURIComponent(id)}/read`, { method: 'POST' });
}
