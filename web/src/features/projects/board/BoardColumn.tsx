import type { Stage, TaskListItem } from '@artel/common';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { ActionIcon, Badge, Button, Group, Menu, Text, TextInput, Tooltip } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardColumn as Column } from '../boardState';
import { columnDropId } from '../boardState';
import classes from './Board.module.css';
import { SortableTaskCard } from './TaskCard';

/** Props: the stage, its loaded cards, and what the viewer may do with it. */
export interface BoardColumnProps {
  stage: Stage;
  column: Column<TaskListItem>;
  now: Date;
  canEdit: boolean;
  isOnlyStage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}

interface StageNameProps {
  name: string;
  canEdit: boolean;
  /** The name being typed, or null when not renaming. */
  draft: string | null;
  setDraft: (draft: string | null) => void;
  onRename: (name: string) => void;
}

/** A stage name that turns into an input on click (for those who run the project). */
function StageName({ name, canEdit, draft, setDraft, onRename }: StageNameProps) {
  const { t } = useTranslation();
  if (draft === null) {
    return (
      <Text
        fw={600}
        size="sm"
        className={canEdit ? classes.stageTitle : undefined}
        onClick={canEdit ? () => setDraft(name) : undefined}
        data-testid="stage-name"
      >
        {name}
      </Text>
    );
  }
  const finish = () => {
    const next = draft.trim();
    setDraft(null);
    if (next && next !== name) onRename(next);
  };
  return (
    <TextInput
      size="xs"
      autoFocus
      value={draft}
      aria-label={t('projects.board.stageName')}
      maxLength={100}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={finish}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish();
        if (e.key === 'Escape') setDraft(null);
      }}
      style={{ flex: 1 }}
    />
  );
}

/** Calls `load` when the returned ref's element scrolls into view (while `enabled`). */
function useLoadWhenVisible(enabled: boolean, load: () => void) {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [node, setNode] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!enabled || !node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) loadRef.current();
      },
      { rootMargin: '200px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [enabled, node]);
  return setNode;
}

/** One column of the board: header with count and actions, its cards, and "show more". */
export function BoardColumn(props: BoardColumnProps) {
  const { stage, column, now, canEdit, isOnlyStage, loadingMore, onLoadMore, onRename, onDelete } = props;
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage.id) });
  const [draft, setDraft] = useState<string | null>(null);
  const left = Math.max(0, stage.taskCount - column.tasks.length);
  const canDelete = stage.taskCount === 0 && !isOnlyStage;
  // The next page arrives by itself when the column is scrolled near its end; the button stays for
  // keyboards and for when the observer is not available.
  const sentinel = useLoadWhenVisible(Boolean(column.nextCursor) && !loadingMore, onLoadMore);

  return (
    <section
      className={classes.column}
      data-over={isOver || undefined}
      data-testid="board-column"
      data-stage-id={stage.id}
      aria-label={stage.name}
    >
      <Group className={classes.columnHeader} justify="space-between" gap="xs" wrap="nowrap">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
          <StageName name={stage.name} canEdit={canEdit} draft={draft} setDraft={setDraft} onRename={onRename} />
          <Badge
            variant="default"
            size="sm"
            radius="sm"
            data-testid="stage-count"
            aria-label={t('projects.board.count', { count: stage.taskCount })}
          >
            {stage.taskCount}
          </Badge>
        </Group>
        {canEdit && (
          <Menu position="bottom-end" withinPortal returnFocus={false}>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('projects.board.stageMenu')}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setDraft(stage.name)}>
                {t('projects.board.rename')}
              </Menu.Item>
              <Tooltip
                label={t(isOnlyStage ? 'projects.board.lastStage' : 'projects.board.notEmpty')}
                disabled={canDelete}
                position="left"
              >
                <div>
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} disabled={!canDelete} onClick={onDelete}>
                    {t('projects.board.delete')}
                  </Menu.Item>
                </div>
              </Tooltip>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <div ref={setNodeRef} className={classes.columnBody}>
        <SortableContext items={column.tasks.map((task) => task.id)} strategy={verticalListSortingStrategy}>
          {column.tasks.map((task) => (
            <SortableTaskCard key={task.id} task={task} now={now} />
          ))}
        </SortableContext>
        {column.tasks.length === 0 && (
          <div className={classes.emptyColumn}>
            <Text size="sm" c="dimmed">
              {t(isOver ? 'projects.board.dropHere' : 'projects.board.emptyColumn')}
            </Text>
          </div>
        )}
        {column.nextCursor && (
          <Button ref={sentinel} variant="subtle" size="xs" loading={loadingMore} onClick={onLoadMore}>
            {t('projects.board.loadMore', { count: left })}
          </Button>
        )}
      </div>
    </section>
  );
}
