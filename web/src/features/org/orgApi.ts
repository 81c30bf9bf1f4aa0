import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import type { OrgChartNode } from '../../api/types';

/** The whole org chart as one nested tree; null when the company has no departments yet. */
export function useOrgChart() {
  return useQuery({
    queryKey: queryKeys.orgChart,
    queryFn: async ({ signal }) => {
      try {
        return await api<OrgChartNode>('/org-chart', { signal });
      } catch (err) {
        // 404 means no department exists yet: the page offers to create the first one.
        if (isApiError(err) && err.status === 404) return null;
        throw err;
      }
    },
  });
}
