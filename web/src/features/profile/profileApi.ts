import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queries';
import type { User, UserOrg } from '../../api/types';

/** Manager chain and direct reports of a person. */
export function useUserOrg(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.userOrg(id ?? ''),
    queryFn: ({ signal }) => api<UserOrg>(`/users/${encodeURIComponent(id ?? '')}/org`, { signal }),
    enabled: Boolean(id),
  });
}

/** Puts a fresh user record into every cache that shows it, and marks derived views stale. */
export function useStoreUser() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(queryKeys.user(user.id), user);
    const me = queryClient.getQueryData<User>(queryKeys.me);
    if (me?.id === user.id) queryClient.setQueryData(queryKeys.me, user);
    // Name, position, department or photo may have changed: lists, chart and reporting lines show them.
    void queryClient.invalidateQueries({ queryKey: [...queryKeys.users, 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...queryKeys.users, 'org'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.orgChart });
  };
}

/** PATCH /users/:id with the changed fields and the version the form started from. */
export function useUpdateUser(id: string) {
  const store = useStoreUser();
  return useMutation({
    mutationFn: (patch: Record<string, unknown> & { version: number }) =>
      api<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: store,
  });
}

/** Uploads (or, with null, removes) a person's photo. */
export function usePhoto(id: string) {
  const store = useStoreUser();
  return useMutation({
    mutationFn: (file: File | null) => {
      const path = `/users/${encodeURIComponent(id)}/photo`;
      if (!file) return api<User>(path, { method: 'DELETE' });
      const body = new FormData();
      body.append('file', file);
      return api<User>(path, { method: 'PUT', body });
    },
    onSuccess: store,
  });
}
