import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/** The app's one query client: no retries on 4xx (they will not heal), one retry on network trouble. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 1,
    },
    mutations: { retry: false },
  },
});
