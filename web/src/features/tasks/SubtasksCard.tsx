import type { Task } from '@artel/common';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { openTaskCreate } from './quickCreate';
import { SectionCard } from './SectionCard';
import { DeadlineText, StatusBadge } from './TaskBits';
import { useSubtasks } from './tasksApi';

/** The task's subtasks, with a button that sets a new one under it. */
export function SubtasksCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  const list = useSubtasks(task.id);
  const items = list.data?.items ?? [];
  return (
    <SectionCard
      title={t('tasks.subtasks.title')}
      count={items.length ? String(items.length) : undefined}
      actions={
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            openTaskCreate({ parentId: task.id, ...(task.projectId ? { projectId: task.projectId } : {}) })
          }
        >
          {t('tasks.subtasks.add')}
        </Button>
      }
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks.subtasks.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((sub) => (
            <Group key={sub.id} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <StatusBadge status={sub.status} size="sm" style={{ flex: 'none' }} />
                <Anchor component={Link} to={`/tasks/${sub.id}`} size="sm" truncate>
                  {sub.title}
                </Anchor>
              </Group>
              <DeadlineText status={sub.status} deadline={sub.deadline} size="xs" />
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
