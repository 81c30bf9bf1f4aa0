import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queries';
import type { Department, Office } from '../../api/types';

/** After any structural change the chart, lists and reporting lines may all read differently. */
function useInvalidateStructure() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.departments });
    void queryClient.invalidateQueries({ queryKey: queryKeys.offices });
    void queryClient.invalidateQueries({ queryKey: queryKeys.orgChart });
    void queryClient.invalidateQueries({ queryKey: queryKeys.users });
  };
}

/** Creates (no id) or updates (with id and version) an office. */
export function useSaveOffice() {
  const invalidate = useInvalidateStructure();
  return useMutation({
    mutationFn: ({ id, ...body }: { id?: string; name: string; city: string; timezone: string; version?: number }) =>
      id
        ? api<Office>(`/offices/${encodeURIComponent(id)}`, { method: 'PATCH', body })
        : api<Office>('/offices', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** Deletes an office (409 `office_in_use` while people or departments use it). */
export function useDeleteOffice() {
  const invalidate = useInvalidateStructure();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/offices/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

/** Fields of a department write. */
export interface DepartmentInput {
  name?: string;
  parentId?: string | null;
  headId?: string | null;
  deputyId?: string | null;
  officeId?: string | null;
}

/** Creates (no id) or updates (with id and version) a department. */
export function useSaveDepartment() {
  const invalidate = useInvalidateStructure();
  return useMutation({
    mutationFn: ({ id, ...body }: DepartmentInput & { id?: string; version?: number }) =>
      id
        ? api<Department>(`/departments/${encodeURIComponent(id)}`, { method: 'PATCH', body })
        : api<Department>('/departments', { method: 'POST', body }),
    onSuccess: invalidate,
    // A refused move (cycle, stale version) must also refresh, so the tree shows the truth.
    onError: invalidate,
  });
}

/** Deletes a department (409 `department_not_empty` while it has people or sub-departments). */
export function useDeleteDepartment() {
  const invalidate = useInvalidateStructure();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/departments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
