import type { Project, ProjectMember, ProjectRole } from '@artel/common';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

/** Query keys of the projects feature, so every write invalidates exactly what it changed. */
export const projectKeys = {
  all: ['projects'] as const,
  lists: ['projects', 'list'] as const,
  list: (filters: ProjectFilters) => ['projects', 'list', filters] as const,
  one: (id: string) => ['projects', 'one', id] as const,
  members: (id: string) => ['projects', 'members', id] as const,
  board: (id: string) => ['projects', 'board', id] as const,
  tasks: (id: string) => ['projects', 'tasks', id] as const,
};

/** Filters of the project list, as the API takes them. */
export interface ProjectFilters {
  q: string;
  archived: boolean;
  mine: boolean;
}

/** Projects by name, page by page. */
export function useProjectList(filters: ProjectFilters) {
  return useInfiniteQuery({
    queryKey: projectKeys.list(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<Page<Project>>('/projects', {
        signal,
        query: {
          q: filters.q.trim() || undefined,
          archived: filters.archived,
          mine: filters.mine || undefined,
          limit: 60,
          cursor: pageParam,
        },
      }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** One project; a 404 means missing or closed to this viewer. */
export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: projectKeys.one(id ?? ''),
    queryFn: ({ signal }) => api<Project>(`/projects/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/** The body of `POST /projects`. */
export interface NewProject {
  name: string;
  description?: string;
  visibility: 'open' | 'closed';
  memberIds?: string[];
  startDate?: string | null;
  endDate?: string | null;
}

/** Creates a project; the creator becomes its owner. */
export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProject) => api<Project>('/projects', { method: 'POST', body }),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.one(project.id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    },
  });
}

/** Changes a project (fields, or `archived`) from the version the page shows. */
export function useUpdateProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<NewProject> & { archived?: boolean; version: number }) =>
      api<Project>(`/projects/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.one(project.id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
    },
  });
}

/** Every member of a project (a few hundred at most, so all pages are read at once). */
export function useProjectMembers(id: string) {
  return useQuery({
    queryKey: projectKeys.members(id),
    queryFn: async ({ signal }) => {
      const members: ProjectMember[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<ProjectMember> = await api<Page<ProjectMember>>(
          `/projects/${encodeURIComponent(id)}/members`,
          { signal, query: { limit: 200, cursor } },
        );
        members.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return members;
    },
  });
}

/** Adds, re-roles and removes members; each refreshes the list and the project's member count. */
export function useMemberChanges(projectId: string) {
  const queryClient = useQueryClient();
  const base = `/projects/${encodeURIComponent(projectId)}/members`;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: projectKeys.members(projectId) });
    void queryClient.invalidateQueries({ queryKey: projectKeys.one(projectId) });
    void queryClient.invalidateQueries({ queryKey: projectKeys.lists });
  };
  const add = useMutation({
    mutationFn: (body: { userId: string; role: Exclude<ProjectRole, 'owner'> }) =>
      api<ProjectMember>(base, { method: 'POST', body }),
    onSuccess: refresh,
  });
  const setRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Exclude<ProjectRole, 'owner'> }) =>
      api<ProjectMember>(`${base}/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role } }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => api<void>(`${base}/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  return { add, setRole, remove };
}
