import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconGripVertical } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayOf } from './days';
import { formatDay } from './format';
import { SCHEDULE_DRAG_TYPE } from './GanttChart';
import type { GanttTask } from './types';

/** Props: the undated tasks, which of them the viewer may plan, and the planning action. */
export interface UnscheduledPanelProps {
  tasks: readonly GanttTask[];
  height: string;
  canEdit: (task: GanttTask) => boolean;
  onSchedule: (task: GanttTask) => void;
}

/** Tasks without planned dates, beside the chart: drag one onto a day, or plan it from today. */
export function UnscheduledPanel({ tasks, height, canEdit, onSchedule }: UnscheduledPanelProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder w={{ base: '100%', md: 280 }} style={{ flex: 'none' }} data-testid="gantt-unscheduled">
      <Stack gap={4} p="sm" pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {t('gantt.unscheduled.title')}
          </Text>
          <Badge variant="light" color="gray">
            {tasks.length}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('gantt.unscheduled.hint')}
        </Text>
      </Stack>
      <div style={{ maxHeight: `calc(${height} - 80px)`, overflowY: 'auto' }}>
        <Stack gap={0}>
          {tasks.map((task) => {
            const editable = canEdit(task);
            return (
              <Group
                key={task.id}
                gap="xs"
                wrap="nowrap"
                px="sm"
                py={6}
                draggable={editable}
                onDragStart={(event) => {
                  event.dataTransfer.setData(SCHEDULE_DRAG_TYPE, task.id);
                  event.dataTransfer.effectAllowed = 'move';
                }}
                style={{
                  borderBottom: '1px solid var(--mantine-color-default-border)',
                  cursor: editable ? 'grab' : undefined,
                }}
                data-testid="gantt-unscheduled-task"
              >
                {editable && (
                  <IconGripVertical size={14} color="var(--mantine-color-dimmed)" style={{ flex: 'none' }} />
                )}
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" truncate component={Link} to={`/tasks/${task.id}`} c="inherit" title={task.title}>
                    {task.title}
                  </Text>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="xs" c="dimmed" truncate style={{ flex: 1, minWidth: 0 }}>
                      {task.deadline
                        ? t('gantt.deadlineOn', { date: formatDay(dayOf(task.deadline), i18n.language, true) })
                        : t('gantt.unscheduled.noDeadline')}
                    </Text>
                    {editable && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        style={{ flex: 'none' }}
                        leftSection={<IconCalendarPlus size={12} />}
                        onClick={() => onSchedule(task)}
                        aria-label={t('gantt.unscheduled.scheduleTask', { title: task.title })}
                      >
                        {t('gantt.unscheduled.schedule')}
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Group>
            );
          })}
        </Stack>
      </div>
    </Paper>
  );
}
