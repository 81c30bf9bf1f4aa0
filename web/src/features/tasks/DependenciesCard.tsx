import type { Dependency, Task } from '@artel/common';
import { ActionIcon, Alert, Anchor, Badge, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconLink, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError } from '../../api/client';
import { taskErrorMessage as errorMessage } from './taskErrors';
import { TaskPicker } from './pickers';
import { SectionCard } from './SectionCard';
import { StatusBadge } from './TaskBits';
import { useDependencies, useTaskPartMutation } from './tasksApi';

const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

function LinkRow({
  link,
  other,
  onRemove,
}: {
  link: Dependency;
  other: Dependency['predecessor'];
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Tooltip label={t(`tasks.dependencies.type.${link.type}`)}>
          <Badge variant="outline" color="gray" size="sm" style={{ flex: 'none' }}>
            {link.type}
          </Badge>
        </Tooltip>
        <StatusBadge status={other.status} size="sm" style={{ flex: 'none' }} />
        <Anchor component={Link} to={`/tasks/${other.id}`} size="sm" truncate>
          {other.title}
        </Anchor>
      </Group>
      {onRemove && (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('tasks.dependencies.remove')}
          onClick={onRemove}
        >
          <IconTrash size={14} />
        </ActionIcon>
      )}
    </Group>
  );
}

/** Links to other tasks: what this one waits for, and what waits for it; cycles are refused. */
export function DependenciesCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  const links = useDependencies(task.id);
  const [predecessor, setPredecessor] = useState<{ id: string; title: string } | null>(null);
  const [type, setType] = useState<(typeof TYPES)[number]>('FS');
  const [error, setError] = useState<string | null>(null);
  const base = `/tasks/${encodeURIComponent(task.id)}/dependencies`;
  const add = useTaskPartMutation(task.id, ['dependencies'], (body: { predecessorId: string; type: string }) =>
    api<Dependency>(base, { method: 'POST', body }),
  );
  const remove = useTaskPartMutation(task.id, ['dependencies'], (id: string) =>
    api<void>(`${base}/${id}`, { method: 'DELETE' }),
  );
  const items = links.data ?? [];
  const waitsFor = items.filter((l) => l.successorId === task.id);
  const blocks = items.filter((l) => l.predecessorId === task.id);
  const submit = () => {
    if (!predecessor) return;
    setError(null);
    add.mutate(
      { predecessorId: predecessor.id, type },
      {
        onSuccess: () => setPredecessor(null),
        onError: (err) =>
          setError(isApiError(err, 'dependency_cycle') ? t('tasks.dependencies.cycle') : errorMessage(err, t)),
      },
    );
  };
  const removeLink = (id: string) => remove.mutate(id, { onError: (err) => setError(errorMessage(err, t)) });
  return (
    <SectionCard
      title={t('tasks.dependencies.title')}
      count={items.length ? String(items.length) : undefined}
      testId="task-dependencies"
    >
      <Stack gap="sm">
        {waitsFor.length > 0 && (
          <Stack gap={6}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('tasks.dependencies.waitsFor')}
            </Text>
            {waitsFor.map((l) => (
              <LinkRow
                key={l.id}
                link={l}
                other={l.predecessor}
                onRemove={task.abilities.edit ? () => removeLink(l.id) : undefined}
              />
            ))}
          </Stack>
        )}
        {blocks.length > 0 && (
          <Stack gap={6}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('tasks.dependencies.blocks')}
            </Text>
            {blocks.map((l) => (
              <LinkRow key={l.id} link={l} other={l.successor} />
            ))}
          </Stack>
        )}
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('tasks.dependencies.none')}
          </Text>
        )}
        {task.abilities.edit && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TaskPicker
              value={predecessor?.id ?? null}
              onChange={setPredecessor}
              exclude={task.id}
              label={t('tasks.dependencies.predecessor')}
              style={{ flex: '1 1 220px' }}
              data-testid="dependency-task"
            />
            <Select
              label={t('tasks.dependencies.typeLabel')}
              data={TYPES.map((v) => ({ value: v, label: `${v} — ${t(`tasks.dependencies.type.${v}`)}` }))}
              value={type}
              onChange={(v) => v && setType(v as (typeof TYPES)[number])}
              allowDeselect={false}
              w={230}
              comboboxProps={{ width: 280 }}
            />
            <Button
              leftSection={<IconLink size={16} />}
              onClick={submit}
              disabled={!predecessor}
              loading={add.isPending}
            >
              {t('tasks.dependencies.add')}
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert" data-testid="dependency-error">
            {error}
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
