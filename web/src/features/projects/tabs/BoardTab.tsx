import type { Stage } from '@artel/common';
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Button, Group, Skeleton, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { AddStage } from '../board/AddStage';
import classes from '../board/Board.module.css';
import { BoardColumn } from '../board/BoardColumn';
import { boardKeyboardCoordinates } from '../board/boardKeyboard';
import { TaskCardView } from '../board/TaskCard';
import { useBoard, useLoadMoreCards, useMoveCard, useStageChanges, type ProjectBoard } from '../boardApi';
import { dropPlace, findCard, moveCard } from '../boardState';
import { projectErrorMessage } from '../display';
import { useProjectOutlet } from '../projectContext';

function BoardSkeleton() {
  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
      {[5, 3, 4].map((n, i) => (
        <Skeleton key={i} w={300} h={n * 90} radius="md" />
      ))}
    </Group>
  );
}

/** Is the dragged card's middle below the middle of the card it is over? */
function belowMiddle(event: DragOverEvent | DragEndEvent): boolean {
  const dragged = event.active.rect.current.translated;
  const over = event.over?.rect;
  if (!dragged || !over) return false;
  return dragged.top + dragged.height / 2 > over.top + over.height / 2;
}

/**
 * The Kanban board of the project's own stages. While a card is dragged the board shows a local
 * preview (the card hops into the column under the pointer); on drop the preview becomes the cached
 * board at once and the move is saved, rolled back if the server refuses.
 */
export function BoardTab() {
  const { t } = useTranslation();
  const { project } = useProjectOutlet();
  const board = useBoard(project.id);
  const saveMove = useMoveCard(project.id);
  const loadMore = useLoadMoreCards(project.id);
  const stages = useStageChanges(project.id);
  const [preview, setPreview] = useState<ProjectBoard | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Stage | null>(null);
  const dragStart = useRef<ProjectBoard | null>(null);
  // Drag events can arrive faster than renders; the handlers read the latest preview from here.
  const previewRef = useRef<ProjectBoard | null>(null);
  const showPreview = (next: ProjectBoard | null) => {
    previewRef.current = next;
    setPreview(next);
  };
  const now = useMemo(() => new Date(), [board.dataUpdatedAt]); // eslint-disable-line react-hooks/exhaustive-deps
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicking a card's title still opens the task.
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // On touch screens a swipe scrolls the board; a press held for a moment picks the card up.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );

  if (board.isPending) return <BoardSkeleton />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  const shown = preview ?? board.data;
  const activeTask = activeId ? findCardTask(shown, activeId) : null;
  const canEdit = project.abilities.edit && !project.archived;

  const onDragStart = ({ active }: DragStartEvent) => {
    dragStart.current = board.data;
    showPreview(board.data);
    setActiveId(String(active.id));
  };

  const onDragOver = (event: DragOverEvent) => {
    const { active, over } = event;
    const current = previewRef.current;
    if (!over || !current) return;
    const id = String(active.id);
    const from = findCard(current, id);
    const to = dropPlace(current, String(over.id), belowMiddle(event));
    // Within a column the sortable strategy animates the order; only column changes move the card now.
    if (!from || !to || from.stageId === to.stageId) return;
    showPreview(moveCard(current, id, to.stageId, to.index));
  };

  const onDragEnd = (event: DragEndEvent) => {
    const { active, over } = event;
    const id = String(active.id);
    const before = dragStart.current;
    let after = previewRef.current;
    if (over && after) {
      const from = findCard(after, id);
      const to = findCard(after, String(over.id));
      if (from && to && from.stageId === to.stageId) after = moveCard(after, id, to.stageId, to.index);
    }
    if (before && after) saveMove(before, after, id);
    finishDrag();
  };

  const finishDrag = () => {
    dragStart.current = null;
    showPreview(null);
    setActiveId(null);
  };

  const failed = (err: unknown) => notifications.show({ color: 'red', message: projectErrorMessage(err, t) });

  return (
    <>
      <Group justify="space-between" mb="sm" gap="xs">
        <Text size="xs" c="dimmed">
          {t('projects.board.dragHint')}
        </Text>
        {project.abilities.createTask && (
          <Button
            component={Link}
            to={`/tasks/new?projectId=${project.id}`}
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
          >
            {t('projects.tasks.new')}
          </Button>
        )}
      </Group>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={finishDrag}
      >
        <div className={classes.board} role="region" aria-label={t('projects.board.label')}>
          {shown.stages.map((stage) => {
            const column = shown.columns[stage.id] ?? { tasks: [], nextCursor: null };
            return (
              <BoardColumn
                key={stage.id}
                stage={stage}
                column={column}
                now={now}
                canEdit={canEdit}
                isOnlyStage={shown.stages.length === 1}
                loadingMore={loadMore.isPending && loadMore.variables.stageId === stage.id}
                onLoadMore={() =>
                  column.nextCursor &&
                  loadMore.mutate({ stageId: stage.id, cursor: column.nextCursor }, { onError: failed })
                }
                onRename={(name) => stages.rename.mutate({ stage, name }, { onError: failed })}
                onDelete={() => setDeleting(stage)}
              />
            );
          })}
          {canEdit && (
            <AddStage
              saving={stages.add.isPending}
              onAdd={(name) =>
                stages.add.mutateAsync(name).catch((err) => {
                  failed(err);
                  throw err;
                })
              }
            />
          )}
        </div>
        <DragOverlay>{activeTask ? <TaskCardView task={activeTask} now={now} overlay /> : null}</DragOverlay>
      </DndContext>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('projects.board.deleteTitle')}
        message={t('projects.board.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={stages.remove.isPending}
        onConfirm={() =>
          deleting && stages.remove.mutate(deleting, { onSuccess: () => setDeleting(null), onError: failed })
        }
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

function findCardTask(board: ProjectBoard, taskId: string) {
  const place = findCard(board, taskId);
  return place ? board.columns[place.stageId]!.tasks[place.index]! : null;
}
