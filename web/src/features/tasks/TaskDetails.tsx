import type { Task, UserSummary } from '@artel/common';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserAvatar } from '../../components/UserAvatar';
import { formatDateOnly, formatDateTime } from '../../i18n/format';
import { DeadlineText } from './TaskBits';

function Person({ user }: { user: UserSummary }) {
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <UserAvatar name={user.name} photoUrl={user.photoUrl} size={30} />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/people/${user.id}`} size="sm" fw={500} c="var(--mantine-color-text)" truncate>
          {user.name}
        </Anchor>
        {user.position && (
          <Text size="xs" c="dimmed" truncate>
            {user.position}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

function Role({ label, people, testId }: { label: string; people: UserSummary[]; testId: string }) {
  if (people.length === 0) return null;
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {people.map((u) => (
        <Person key={u.id} user={u} />
      ))}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" style={{ flex: 'none' }}>
        {label}
      </Text>
      <div style={{ minWidth: 0, textAlign: 'right' }}>{children}</div>
    </Group>
  );
}

/** The side column of the task page: its people, then its dates and other facts. */
export function TaskDetails({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const planned =
    task.startDate || task.endDate
      ? `${formatDateOnly(task.startDate, lng) || '…'} — ${formatDateOnly(task.endDate, lng) || '…'}`
      : '—';
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('tasks.people')}
        </Title>
        <Stack gap="md">
          <Role label={t('tasks.fields.responsible')} people={[task.responsible]} testId="task-responsible" />
          <Role label={t('tasks.fields.creator')} people={[task.creator]} testId="task-creator" />
          <Role label={t('tasks.fields.participants')} people={task.participants} testId="task-participants" />
          <Role label={t('tasks.fields.observers')} people={task.observers} testId="task-observers" />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Fact label={t('tasks.fields.deadline')}>
            <DeadlineText status={task.status} deadline={task.deadline} emptyLabel={t('tasks.noDeadline')} />
          </Fact>
          <Fact label={t('tasks.fields.planned')}>
            <Text size="sm">{planned}</Text>
          </Fact>
          <Fact label={t('tasks.fields.priority')}>
            <Text
              size="sm"
              c={task.priority === 'high' ? 'red' : undefined}
              fw={task.priority === 'high' ? 600 : undefined}
            >
              {t(`tasks.priority.${task.priority}`)}
            </Text>
          </Fact>
          <Fact label={t('tasks.fields.project')}>
            {task.project ? (
              <Anchor component={Link} to={`/projects/${task.project.id}`} size="sm">
                {task.project.name}
              </Anchor>
            ) : (
              <Text size="sm">—</Text>
            )}
          </Fact>
          {task.parent && (
            <Fact label={t('tasks.fields.parent')}>
              <Anchor component={Link} to={`/tasks/${task.parent.id}`} size="sm">
                {task.parent.title}
              </Anchor>
            </Fact>
          )}
          <Fact label={t('tasks.fields.requiresApproval')}>
            <Text size="sm">{t(task.requiresApproval ? 'tasks.yes' : 'tasks.no')}</Text>
          </Fact>
          {task.tags.length > 0 && (
            <Fact label={t('tasks.fields.tags')}>
              <Group gap={4} justify="flex-end">
                {task.tags.map((tag) => (
                  <Badge key={tag} variant="outline" color="gray" style={{ textTransform: 'none' }}>
                    {tag}
                  </Badge>
                ))}
              </Group>
            </Fact>
          )}
          <Fact label={t('tasks.fields.createdAt')}>
            <Text size="sm">{formatDateTime(task.createdAt, lng)}</Text>
          </Fact>
          {task.completedAt && (
            <Fact label={t('tasks.fields.completedAt')}>
              <Text size="sm">{formatDateTime(task.completedAt, lng)}</Text>
            </Fact>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
