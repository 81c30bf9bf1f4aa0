import type { TaskListItem } from '@artel/common';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Badge, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconCalendarDue, IconFlag3 } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserAvatar } from '../../../components/UserAvatar';
import { formatShortDate, isOverdue, PRIORITY_COLORS, STATUS_COLORS } from '../display';
import classes from './Board.module.css';

/** Props: the task, the time overdue is measured against, and how the card is being shown. */
export interface TaskCardViewProps {
  task: TaskListItem;
  now: Date;
  /** Drawn under the pointer while dragging. */
  overlay?: boolean;
  /** The card's place in the column while its copy is dragged. */
  placeholder?: boolean;
}

/** What a card shows: title, status, deadline (red when overdue), priority and the responsible person. */
export const TaskCardView = memo(function TaskCardView({ task, now, overlay, placeholder }: TaskCardViewProps) {
  const { t, i18n } = useTranslation();
  const overdue = isOverdue(task, now);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      className={classes.card}
      data-overlay={overlay || undefined}
      data-placeholder={placeholder || undefined}
      data-testid="board-card"
      data-task-id={task.id}
    >
      <Text
        component={Link}
        to={`/tasks/${task.id}`}
        size="sm"
        fw={500}
        lineClamp={3}
        className={classes.cardTitle}
        draggable={false}
      >
        {task.title}
      </Text>
      <Group justify="space-between" mt="xs" gap={6} wrap="nowrap">
        <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
          <Badge size="sm" variant="light" color={STATUS_COLORS[task.status]} radius="sm" tt="none" fw={500}>
            {t(`projects.status.${task.status}`)}
          </Badge>
          {task.priority !== 'normal' && (
            <Tooltip label={`${t('projects.tasks.priority')}: ${t(`projects.priority.${task.priority}`)}`} withArrow>
              <Group gap={2} c={PRIORITY_COLORS[task.priority]} wrap="nowrap">
                <IconFlag3 size={14} />
                <Text size="xs" fw={600}>
                  {t(`projects.priority.${task.priority}`)}
                </Text>
              </Group>
            </Tooltip>
          )}
          {task.deadline && (
            <Group
              gap={2}
              wrap="nowrap"
              c={overdue ? 'red' : 'dimmed'}
              data-overdue={overdue || undefined}
              aria-label={overdue ? t('projects.tasks.overdue') : undefined}
            >
              <IconCalendarDue size={14} />
              <Text size="xs" fw={overdue ? 600 : 400}>
                {formatShortDate(task.deadline, i18n.language)}
              </Text>
            </Group>
          )}
        </Group>
        <Tooltip label={task.responsible.name} withArrow>
          <UserAvatar name={task.responsible.name} photoUrl={task.responsible.photoUrl} size={26} />
        </Tooltip>
      </Group>
    </Paper>
  );
});

/** A card that can be dragged within and between columns. */
export function SortableTaskCard({ task, now }: { task: TaskListItem; now: Date }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: task.id });
  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={classes.sortable}
      {...attributes}
      {...listeners}
    >
      <TaskCardView task={task} now={now} placeholder={isDragging} />
    </div>
  );
}
