import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queries';
import type { Page, User } from '../../api/types';

/** Directory filters as the API takes them. */
export interface PeopleFilters {
  q: string;
  departmentId: string | null;
  officeId: string | null;
  includeInactive?: boolean;
}

/** Page size for the directory: big pages keep a 5,000-person scroll to ~50 requests. */
export const PEOPLE_PAGE_SIZE = 100;

/** The directory, fetched page by page with the server's cursor. */
export function usePeopleList(filters: PeopleFilters) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.users, 'list', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<Page<User>>('/users', {
        signal,
        query: {
          q: filters.q.trim() || undefined,
          departmentId: filters.departmentId,
          officeId: filters.officeId,
          includeInactive: filters.includeInactive ? true : undefined,
          limit: PEOPLE_PAGE_SIZE,
          cursor: pageParam,
        },
      }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
