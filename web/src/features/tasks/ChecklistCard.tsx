import type { ChecklistItem, Task } from '@artel/common';
import { ActionIcon, Checkbox, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { taskErrorMessage as errorMessage } from './taskErrors';
import { SectionCard } from './SectionCard';
import { taskKeys, useChecklist, useTaskPartMutation } from './tasksApi';

/** The task's checklist: tick, add, remove. */
export function ChecklistCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  const list = useChecklist(task.id);
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const base = `/tasks/${encodeURIComponent(task.id)}/checklist`;
  const fail = (err: unknown) => notifications.show({ color: 'red', message: errorMessage(err, t) });
  const add = useTaskPartMutation(task.id, ['checklist'], (text: string) =>
    api<ChecklistItem>(base, { method: 'POST', body: { title: text } }),
  );
  const toggle = useTaskPartMutation(task.id, ['checklist'], (item: ChecklistItem) =>
    api<ChecklistItem>(`${base}/${item.id}`, { method: 'PATCH', body: { done: !item.done } }),
  );
  const remove = useTaskPartMutation(task.id, ['checklist'], (item: ChecklistItem) =>
    api<void>(`${base}/${item.id}`, { method: 'DELETE' }),
  );
  const items = list.data ?? [];
  const done = items.filter((i) => i.done).length;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    add.mutate(title.trim(), { onSuccess: () => setTitle(''), onError: fail });
  };
  // Someone who only reads the task has nothing to see in an empty checklist.
  if (!task.abilities.work && list.isSuccess && items.length === 0) return null;
  return (
    <SectionCard
      title={t('tasks.checklist.title')}
      count={items.length ? `${done}/${items.length}` : undefined}
      testId="task-checklist"
    >
      {items.length > 0 && <Progress value={(done / items.length) * 100} size="sm" mb="sm" color="teal" />}
      <Stack gap={6}>
        {items.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap" gap="xs">
            <Checkbox
              checked={item.done}
              disabled={!task.abilities.work}
              onChange={() => {
                // Ticking shows at once; the server's answer replaces it (or a failure puts it back).
                queryClient.setQueryData<ChecklistItem[]>(taskKeys.part(task.id, 'checklist'), (items) =>
                  items?.map((i) => (i.id === item.id ? { ...i, done: !item.done } : i)),
                );
                toggle.mutate(item, {
                  onError: (err) => {
                    fail(err);
                    void queryClient.invalidateQueries({ queryKey: taskKeys.part(task.id, 'checklist') });
                  },
                });
              }}
              label={
                <Text size="sm" td={item.done ? 'line-through' : undefined} c={item.done ? 'dimmed' : undefined}>
                  {item.title}
                </Text>
              }
            />
            {task.abilities.work && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('common.remove')}
                onClick={() => remove.mutate(item, { onError: fail })}
              >
                <IconTrash size={14} />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      {/* Only those working on the task change its checklist; others read it. */}
      {task.abilities.work && (
        <form onSubmit={submit}>
          <TextInput
            mt="sm"
            size="sm"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            placeholder={t('tasks.checklist.addPlaceholder')}
            aria-label={t('tasks.checklist.addPlaceholder')}
            rightSection={
              <ActionIcon type="submit" variant="subtle" loading={add.isPending} aria-label={t('tasks.checklist.add')}>
                <IconPlus size={16} />
              </ActionIcon>
            }
          />
        </form>
      )}
    </SectionCard>
  );
}
