import type { Project, Task } from '@artel/common';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client';
import type { GanttData, LinkType, ProjectProgress, UpdatedTask } from './types';

/** Query keys of one project's pages, so a write can refresh all of them at once. */
export const projectKeys = {
  all: (id: string) => ['projects', 'one', id] as const,
  project: (id: string) => ['projects', 'one', id, 'record'] as const,
  gantt: (id: string) => ['projects', 'one', id, 'gantt'] as const,
  progress: (id: string) => ['projects', 'one', id, 'progress'] as const,
};

const path = (id: string) => `/projects/${encodeURIComponent(id)}`;

/** The project record (name, dates, what the reader may do). */
export function useProject(id: string) {
  return useQuery({
    queryKey: projectKeys.project(id),
    queryFn: ({ signal }) => api<Project>(path(id), { signal }),
  });
}

/** The project's tasks with their computed schedule, and its links. */
export function useGantt(id: string) {
  return useQuery({
    queryKey: projectKeys.gantt(id),
    queryFn: async ({ signal }) => {
      const data = await api<GanttData>(`${path(id)}/gantt`, { signal });
      performance.mark('gantt:data');
      return data;
    },
  });
}

/** The dashboard figures: counts, percent done, burndown, next deadlines and workload. */
export function useProgress(id: string) {
  return useQuery({
    queryKey: projectKeys.progress(id),
    queryFn: ({ signal }) => api<ProjectProgress>(`${path(id)}/progress`, { signal }),
    // A dashboard left open on a screen follows the team's progress (a small answer; paused when hidden).
    refetchInterval: 60_000,
  });
}

/** Refreshes everything shown about a project after a write (dependants may have moved). */
export function useRefreshProject(id: string) {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: projectKeys.all(id) }), [queryClient, id]);
}

/**
 * Saves new planned dates. The chart does not carry versions, so the task is read first for its
 * current `version`: a change made by someone else meanwhile is then kept (their other fields are
 * not overwritten, the PATCH only names the dates).
 */
export async function saveTaskDates(
  taskId: string,
  dates: { startDate?: string; endDate?: string },
): Promise<UpdatedTask> {
  const taskPath = `/tasks/${encodeURIComponent(taskId)}`;
  const task = await api<Task>(taskPath);
  return api<UpdatedTask>(taskPath, { method: 'PATCH', body: { ...dates, version: task.version } });
}

/** Makes `predecessorId` a predecessor of `successorId`; 409 `dependency_cycle` refuses a loop. */
export function addLink(successorId: string, predecessorId: string, type: LinkType): Promise<unknown> {
  return api(`/tasks/${encodeURIComponent(successorId)}/dependencies`, {
    method: 'POST',
    body: { predecessorId, type },
  });
}
