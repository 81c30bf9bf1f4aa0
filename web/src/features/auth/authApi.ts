import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queries';
import type { User } from '../../api/types';

/** Whether the portal still needs its first administrator. */
export function useSetupStatus() {
  return useQuery({
    queryKey: queryKeys.setup,
    queryFn: ({ signal }) => api<{ needsSetup: boolean }>('/setup', { signal }),
    staleTime: 0,
  });
}

/** Signs in with e-mail and password; resolves to the user. */
export async function signIn(email: string, password: string): Promise<User> {
  const { user } = await api<{ user: User }>('/auth/login', { method: 'POST', body: { email, password } });
  return user;
}

/** Creates the first administrator (which also signs them in). */
export async function createFirstAdmin(input: { name: string; email: string; password: string }): Promise<User> {
  const { user } = await api<{ user: User }>('/setup', { method: 'POST', body: input });
  return user;
}

/** A safe in-app path to return to after signing in (never another site). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
