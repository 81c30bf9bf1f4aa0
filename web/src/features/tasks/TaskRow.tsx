import type { TaskListItem } from '@artel/common';
import { Badge, Group, Text } from '@mantine/core';
import { IconChecklist, IconMessage } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { UserAvatar } from '../../components/UserAvatar';
import { DeadlineText, PriorityMark, StatusBadge } from './TaskBits';
import { isOverdue } from './taskLook';
import { useNow } from './useNow';
import classes from './TaskRow.module.css';

/** Props: the task, the layout, and its place in the virtual list. */
export interface TaskRowProps {
  task: TaskListItem;
  compact: boolean;
  top: number;
  height: number;
}

function Counters({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  // Native titles rather than Tooltips: a row is mounted for every task scrolled past.
  return (
    <>
      {task.checklist.total > 0 && (
        <Group gap={2} wrap="nowrap" c="dimmed" title={t('tasks.checklist.title')}>
          <IconChecklist size={14} />
          <Text size="xs">
            {task.checklist.done}/{task.checklist.total}
          </Text>
        </Group>
      )}
      {task.unreadComments > 0 ? (
        <Badge
          size="sm"
          color="red"
          variant="filled"
          leftSection={<IconMessage size={12} />}
          title={t('tasks.unreadComments', { count: task.unreadComments })}
          data-testid="task-unread"
        >
          {task.unreadComments}
        </Badge>
      ) : task.commentCount > 0 ? (
        <Group gap={2} wrap="nowrap" c="dimmed">
          <IconMessage size={14} />
          <Text size="xs">{task.commentCount}</Text>
        </Group>
      ) : null}
    </>
  );
}

/** One task in a list: the whole row opens the task. */
export const TaskRow = memo(function TaskRow({ task, compact, top, height }: TaskRowProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const overdue = isOverdue(task, useNow());
  const titleBlock = (
    <div className={classes.stack}>
      <div className={classes.line} style={{ gap: 6 }}>
        <PriorityMark priority={task.priority} />
        <Link
          to={`/tasks/${task.id}`}
          className={`${classes.title} ${classes.truncate}`}
          onClick={(e) => e.stopPropagation()}
        >
          {task.title}
        </Link>
      </div>
      <div className={classes.line}>
        <StatusBadge status={task.status} size="sm" style={{ flex: 'none' }} />
        <Counters task={task} />
        {task.tags.slice(0, 3).map((tag) => (
          <Badge key={tag} size="sm" variant="outline" color="gray" style={{ flex: 'none', textTransform: 'none' }}>
            {tag}
          </Badge>
        ))}
        {compact && <DeadlineText status={task.status} deadline={task.deadline} size="xs" />}
      </div>
    </div>
  );
  return (
    <div
      className={`${classes.row} ${compact ? classes.compact : ''} ${overdue ? classes.overdue : ''}`}
      style={{ position: 'absolute', top: 0, left: 0, width: '100%', height, transform: `translateY(${top}px)` }}
      onClick={() => void navigate(`/tasks/${task.id}`)}
      data-testid="task-row"
    >
      {titleBlock}
      {!compact && (
        <>
          <div className={classes.line}>
            <UserAvatar name={task.responsible.name} photoUrl={task.responsible.photoUrl} size={28} />
            <div style={{ minWidth: 0 }}>
              <div className={classes.truncate}>{task.responsible.name}</div>
              <div className={classes.sub}>{t('tasks.setBy', { name: task.creator.name })}</div>
            </div>
          </div>
          <div className={task.project ? classes.truncate : classes.sub}>{task.project?.name ?? '—'}</div>
          <DeadlineText status={task.status} deadline={task.deadline} emptyLabel="—" />
        </>
      )}
    </div>
  );
});

/** Column titles above the list on wide screens. */
export function TaskListHeader() {
  const { t } = useTranslation();
  return (
    <div className={`${classes.row} ${classes.header}`}>
      {(['tasks.col.task', 'tasks.col.responsible', 'tasks.col.project', 'tasks.col.deadline'] as const).map((key) => (
        <Text key={key} size="xs" fw={600} c="dimmed" tt="uppercase">
          {t(key)}
        </Text>
      ))}
    </div>
  );
}
