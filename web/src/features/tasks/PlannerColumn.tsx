import type { TaskListItem } from '@artel/common';
import { ActionIcon, Badge, Group, Menu, Text } from '@mantine/core';
import { IconArrowsMove, IconLock } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { UserAvatar } from '../../components/UserAvatar';
import type { PlannerBucket } from './plannerBuckets';
import classes from './PlannerColumn.module.css';
import { DeadlineText, PriorityMark, StatusBadge } from './TaskBits';

/** Fixed card height: cards are virtualised, so each column holds only what is on screen. */
const CARD_HEIGHT = 104;

/** Props of one card. */
interface CardProps {
  task: TaskListItem;
  bucket: PlannerBucket;
  movable: boolean;
  targets: PlannerBucket[];
  top: number;
  onMove: (task: TaskListItem, to: PlannerBucket) => void;
}

const PlannerCard = memo(function PlannerCard({ task, bucket, movable, targets, top, onMove }: CardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className={classes.card} style={{ height: CARD_HEIGHT, transform: `translateY(${top}px)` }}>
      <div
        className={`${classes.cardBody} ${bucket === 'overdue' ? classes.overdue : ''}`}
        draggable={movable}
        onDragStart={(e) => {
          e.dataTransfer.setData('text/plain', task.id);
          e.dataTransfer.effectAllowed = 'move';
        }}
        onClick={() => void navigate(`/tasks/${task.id}`)}
        data-testid="planner-card"
        data-task-id={task.id}
      >
        <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
          <Text
            component={Link}
            to={`/tasks/${task.id}`}
            className={classes.title}
            onClick={(e) => e.stopPropagation()}
          >
            {task.title}
          </Text>
          {movable ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t('tasks.planner.moveTo')}
                  onClick={(e) => e.stopPropagation()}
                  style={{ flex: 'none' }}
                >
                  <IconArrowsMove size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown onClick={(e) => e.stopPropagation()}>
                <Menu.Label>{t('tasks.planner.moveTo')}</Menu.Label>
                {targets
                  .filter((b) => b !== bucket)
                  .map((b) => (
                    <Menu.Item key={b} onClick={() => onMove(task, b)}>
                      {t(`tasks.planner.bucket.${b}`)}
                    </Menu.Item>
                  ))}
              </Menu.Dropdown>
            </Menu>
          ) : (
            <span
              title={t('tasks.planner.locked', { name: task.creator.name })}
              style={{ display: 'inline-flex', flex: 'none' }}
            >
              <IconLock
                size={14}
                style={{ opacity: 0.5 }}
                aria-label={t('tasks.planner.locked', { name: task.creator.name })}
              />
            </span>
          )}
        </Group>
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <DeadlineText status={task.status} deadline={task.deadline} size="xs" emptyLabel={t('tasks.noDeadline')} />
            <PriorityMark priority={task.priority} />
          </Group>
          {task.creatorId !== task.responsibleId && (
            <span
              title={t('tasks.setBy', { name: task.creator.name })}
              style={{ display: 'inline-flex', flex: 'none' }}
            >
              <UserAvatar name={task.creator.name} photoUrl={task.creator.photoUrl} size={22} />
            </span>
          )}
        </Group>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <StatusBadge status={task.status} size="xs" style={{ flex: 'none' }} />
          {task.project && (
            <Text size="xs" c="dimmed" truncate>
              {task.project.name}
            </Text>
          )}
        </Group>
      </div>
    </div>
  );
});

/** Props: the column, its tasks, which cards may move, and what a drop does. */
export interface PlannerColumnProps {
  bucket: PlannerBucket;
  tasks: TaskListItem[];
  /** Whether a card can land here now (Overdue never; "this week" not on Sundays). */
  accepts: boolean;
  canMove: (task: TaskListItem) => boolean;
  acceptingBuckets: PlannerBucket[];
  onMove: (task: TaskListItem, to: PlannerBucket) => void;
  findTask: (id: string) => TaskListItem | undefined;
}

/** One column of the planner, virtualised inside its own scroll area. */
export function PlannerColumn({
  bucket,
  tasks,
  accepts,
  canMove,
  acceptingBuckets,
  onMove,
  findTask,
}: PlannerColumnProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 6,
  });
  return (
    <section
      className={`${classes.column} ${over ? classes.dropTarget : ''}`}
      aria-label={t(`tasks.planner.bucket.${bucket}`)}
      data-testid={`planner-column-${bucket}`}
      onDragOver={(e) => {
        if (!accepts) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const task = findTask(e.dataTransfer.getData('text/plain'));
        if (task && accepts) onMove(task, bucket);
      }}
    >
      <Group justify="space-between" px="sm" py={8} mih={52} wrap="nowrap" gap="xs">
        <Text fw={600} size="sm" lh={1.2} c={bucket === 'overdue' && tasks.length > 0 ? 'red' : undefined}>
          {t(`tasks.planner.bucket.${bucket}`)}
        </Text>
        <Badge
          variant="light"
          color={bucket === 'overdue' && tasks.length > 0 ? 'red' : 'gray'}
          style={{ flex: 'none' }}
          data-testid="planner-count"
        >
          {tasks.length}
        </Badge>
      </Group>
      <div ref={scrollRef} className={classes.scroller}>
        {tasks.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="lg">
            {t(accepts ? 'tasks.planner.dropHere' : 'tasks.planner.emptyColumn')}
          </Text>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const task = tasks[item.index]!;
              return (
                <PlannerCard
                  key={task.id}
                  task={task}
                  bucket={bucket}
                  movable={canMove(task)}
                  targets={acceptingBuckets}
                  top={item.start}
                  onMove={onMove}
                />
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}
