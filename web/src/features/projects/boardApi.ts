import type { Stage, Task, TaskListItem } from '@artel/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ItemList, Page } from '../../api/types';
import { appendPage, movePlan, replaceCard, type Board } from './boardState';
import { projectErrorMessage } from './display';
import { projectKeys } from './projectsApi';

/** The board as cached: stages with counts and each column's loaded cards. */
export type ProjectBoard = Board<TaskListItem, Stage>;

/** Cards fetched per column at a time: enough to fill a tall screen, small enough to stay smooth. */
export const COLUMN_PAGE_SIZE = 30;

function columnPage(projectId: string, stageId: string, cursor: string | null, signal?: AbortSignal) {
  return api<Page<TaskListItem>>('/tasks', {
    signal,
    query: { projectId, stageId, sort: 'position', limit: COLUMN_PAGE_SIZE, cursor },
  });
}

/** The stages and the first page of every column, fetched together. */
export function useBoard(projectId: string) {
  return useQuery({
    queryKey: projectKeys.board(projectId),
    queryFn: async ({ signal }): Promise<ProjectBoard> => {
      const { items: stages } = await api<ItemList<Stage>>(`/projects/${encodeURIComponent(projectId)}/stages`, {
        signal,
      });
      const pages = await Promise.all(stages.map((s) => columnPage(projectId, s.id, null, signal)));
      const columns = Object.fromEntries(
        stages.map((s, i) => [s.id, { tasks: pages[i]!.items, nextCursor: pages[i]!.nextCursor }]),
      );
      return { stages, columns };
    },
  });
}

/** Loads the next page of one column into the cached board. */
export function useLoadMoreCards(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ stageId, cursor }: { stageId: string; cursor: string }) => ({
      stageId,
      page: await columnPage(projectId, stageId, cursor),
    }),
    onSuccess: ({ stageId, page }) =>
      queryClient.setQueryData<ProjectBoard>(projectKeys.board(projectId), (board) =>
        board ? appendPage(board, stageId, page) : board,
      ),
  });
}

/** One saved move: the card, where it went, and the board before the drag (to roll back to). */
interface CardMove {
  taskId: string;
  stageId: string;
  afterId: string | null;
  previous: ProjectBoard;
}

/**
 * Saves a drop at once. The board shows the new place before the server answers (the cache is set
 * in the same tick as the drop, so the card never flickers back), and returns to the board as it
 * was before the drag if the server refuses; then it is re-read, in case others moved cards too.
 */
export function useMoveCard(projectId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = useMemo(() => projectKeys.board(projectId), [projectId]);
  const mutation = useMutation({
    mutationFn: (move: CardMove) =>
      api<Task>(`/tasks/${encodeURIComponent(move.taskId)}/move`, {
        method: 'POST',
        body: { stageId: move.stageId, afterId: move.afterId },
      }),
    // A board read already on its way must not overwrite the move; keep what the cache shows.
    onMutate: () => queryClient.cancelQueries({ queryKey: key }, { revert: false }),
    onError: (err, move) => {
      queryClient.setQueryData(key, move.previous);
      notifications.show({
        color: 'red',
        message: t('projects.board.moveFailed', { reason: projectErrorMessage(err, t) }),
      });
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onSuccess: (task) => {
      queryClient.setQueryData<ProjectBoard>(key, (board) =>
        board
          ? replaceCard(board, task.id, (card) => ({
              ...card,
              stageId: task.stageId,
              version: task.version,
              updatedAt: task.updatedAt,
            }))
          : board,
      );
      void queryClient.invalidateQueries({ queryKey: projectKeys.tasks(projectId) });
    },
  });
  const { mutate } = mutation;
  /** Shows `after` and saves it, when the card's place differs from `before`. */
  return useCallback(
    (before: ProjectBoard, after: ProjectBoard, taskId: string) => {
      const plan = movePlan(before, after, taskId);
      if (!plan) return;
      queryClient.setQueryData(key, after);
      mutate({ taskId, ...plan, previous: before });
    },
    [queryClient, key, mutate],
  );
}

/** Adds, renames and deletes stages; the board is re-read after each. */
export function useStageChanges(projectId: string) {
  const queryClient = useQueryClient();
  const key = useMemo(() => projectKeys.board(projectId), [projectId]);
  const base = `/projects/${encodeURIComponent(projectId)}/stages`;
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: key }), [queryClient, key]);
  const add = useMutation({
    mutationFn: (name: string) => api<Stage>(base, { method: 'POST', body: { name } }),
    onSuccess: refresh,
  });
  const rename = useMutation({
    mutationFn: ({ stage, name }: { stage: Stage; name: string }) =>
      api<Stage>(`${base}/${encodeURIComponent(stage.id)}`, {
        method: 'PATCH',
        body: { name, version: stage.version },
      }),
    onSuccess: (stage) =>
      queryClient.setQueryData<ProjectBoard>(key, (board) =>
        board ? { ...board, stages: board.stages.map((s) => (s.id === stage.id ? stage : s)) } : board,
      ),
    onError: refresh,
  });
  const remove = useMutation({
    mutationFn: (stage: Stage) => api<void>(`${base}/${encodeURIComponent(stage.id)}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  return { add, rename, remove };
}
