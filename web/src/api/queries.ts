import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from './client';
import type { Department, ItemList, Office, OrgLookups, User } from './types';

/** Query keys in one place so invalidation after a write cannot miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  setup: ['setup'] as const,
  offices: ['offices'] as const,
  departments: ['departments'] as const,
  orgChart: ['org-chart'] as const,
  users: ['users'] as const,
  user: (id: string) => ['users', 'one', id] as const,
  userOrg: (id: string) => ['users', 'org', id] as const,
  tokens: ['me', 'tokens'] as const,
};

/** The signed-in user; a 401 here means "not signed in". */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => api<User>('/me', { signal }),
    staleTime: 60_000,
    retry: false,
  });
}

/** The signed-in user, for components rendered only inside the signed-in shell. */
export function useCurrentUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the signed-in shell');
  return data;
}

/** All offices (a company has a handful, so one list). */
export function useOffices() {
  return useQuery({
    queryKey: queryKeys.offices,
    queryFn: ({ signal }) => api<ItemList<Office>>('/offices', { signal }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

/** All departments as a flat list (hundreds at most). */
export function useDepartments() {
  return useQuery({
    queryKey: queryKeys.departments,
    queryFn: ({ signal }) => api<ItemList<Department>>('/departments', { signal }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

/** Id → record maps for departments and offices, so lists show names without extra requests. */
export function useOrgLookups(): OrgLookups {
  const { data: departments } = useDepartments();
  const { data: offices } = useOffices();
  return useMemo(
    () => ({
      departments: new Map((departments ?? []).map((d) => [d.id, d])),
      offices: new Map((offices ?? []).map((o) => [o.id, o])),
    }),
    [departments, offices],
  );
}

/** One user by id. */
export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.user(id ?? ''),
    queryFn: ({ signal }) => api<User>(`/users/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}
