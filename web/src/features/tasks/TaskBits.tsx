import type { TaskPriority, TaskStatus } from '@artel/common';
import { Badge, Group, Text, type BadgeProps } from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconClock, IconFlame } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isOverdue, STATUS_COLOR } from './taskLook';
import { useNow } from './useNow';

/** The task's status as a coloured badge. */
export function StatusBadge({ status, ...rest }: { status: TaskStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" {...rest} data-testid="task-status">
      {t(`tasks.status.${status}`)}
    </Badge>
  );
}

const deadlineFormats = new Map<string, Intl.DateTimeFormat>();

/** A deadline in the viewer's zone: "4 мар., 18:00", with the year only when it is not this one. */
export function formatDeadline(iso: string, lng: string, now = new Date()): string {
  const date = new Date(iso);
  const withYear = date.getFullYear() !== now.getFullYear();
  const key = `${lng}|${withYear}`;
  let fmt = deadlineFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(lng, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
    });
    deadlineFormats.set(key, fmt);
  }
  return fmt.format(date);
}

/** Props: the task's status and deadline. */
export interface DeadlineTextProps {
  status: TaskStatus;
  deadline: string | null;
  size?: 'xs' | 'sm' | 'md';
  /** Text for a task without a deadline; nothing is shown when omitted. */
  emptyLabel?: string;
}

/** The deadline, red with a warning icon when the task is overdue. */
export function DeadlineText({ status, deadline, size = 'sm', emptyLabel }: DeadlineTextProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (!deadline) {
    return emptyLabel ? (
      <Text size={size} c="dimmed">
        {emptyLabel}
      </Text>
    ) : null;
  }
  const overdue = isOverdue({ status, deadline }, now);
  const Icon = overdue ? IconAlertTriangle : IconClock;
  return (
    // A native title, not a Tooltip: this sits in every row of lists thousands of tasks long.
    <Group
      gap={4}
      wrap="nowrap"
      c={overdue ? 'red' : undefined}
      data-overdue={overdue || undefined}
      title={t(overdue ? 'tasks.deadlineOverdue' : 'tasks.fields.deadline')}
    >
      <Icon size={14} style={{ flex: 'none', opacity: overdue ? 1 : 0.6 }} />
      <Text size={size} fw={overdue ? 600 : undefined} c={overdue ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatDeadline(deadline, i18n.language)}
      </Text>
    </Group>
  );
}

/** A small mark for high and low priority; normal shows nothing. */
export function PriorityMark({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation();
  if (priority === 'normal') return null;
  const Icon = priority === 'high' ? IconFlame : IconArrowDown;
  return (
    <span title={t(`tasks.priority.${priority}`)} style={{ display: 'inline-flex', flex: 'none' }}>
      <Icon
        size={16}
        color={priority === 'high' ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-gray-6)'}
        aria-label={t(`tasks.priority.${priority}`)}
      />
    </span>
  );
}
