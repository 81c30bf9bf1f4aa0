import type { Task } from '@artel/common';
import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { UserPicker } from '../../components/UserPicker';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { AssignmentHint } from './AssignmentHint';
import { PeoplePicker, ProjectPicker, TaskPicker } from './pickers';
import { createBody, formProblems, patchBody, TASK_FORM_FIELDS, valuesFromTask, type TaskFormValues } from './taskForm';
import { useCreateTask, useTask, useUpdateTask } from './tasksApi';

/** Props: a new task (with its first values) or an existing one, and what to do after saving. */
export interface TaskFormProps {
  initial: TaskFormValues;
  task?: Task;
  onSaved: (task: Task) => void;
  onCancel: () => void;
}

/** Server field names → the form's inputs that show them. */
const FIELD_INPUT: Record<string, string> = {
  participantIds: 'participants',
  observerIds: 'observers',
  projectId: 'project',
  parentId: 'parent',
};

/** The create/edit form of a task, with the cross-department hint on the responsible person. */
export function TaskForm({ initial, task, onSaved, onCancel }: TaskFormProps) {
  const { t } = useTranslation();
  const create = useCreateTask();
  const update = useUpdateTask(task?.id ?? '');
  const fresh = useTask(task?.id ?? '');
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const form = useForm<TaskFormValues>({
    initialValues: initial,
    validate: (values) => Object.fromEntries(Object.entries(formProblems(values)).map(([k, key]) => [k, t(key)])),
  });
  const saving = create.isPending || update.isPending;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = task
        ? await update.mutateAsync(patchBody(task, values))
        : await create.mutateAsync(createBody(values));
      onSaved(saved);
    } catch (err) {
      const stale = isApiError(err, 'stale_version');
      // Someone saved first: fetch their version behind the form, and let the user take it.
      if (stale) void fresh.refetch();
      const mapped = {
        setFieldError: (field: string, message: React.ReactNode) =>
          form.setFieldError(FIELD_INPUT[field] ?? field, message),
      };
      if (!stale && applyFieldErrors(mapped as never, err, t, TASK_FORM_FIELDS)) return;
      setFailure({ message: stale ? t('tasks.staleVersion') : errorMessage(err, t), stale });
    }
  });

  const reload = async () => {
    const result = await fresh.refetch();
    if (result.data) {
      form.setValues(valuesFromTask(result.data));
      form.resetDirty(valuesFromTask(result.data));
    }
    setFailure(null);
  };

  const values = form.getValues();
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('tasks.fields.title')}
          required
          data-autofocus
          {...form.getInputProps('title')}
          data-testid="task-title-input"
        />
        <Textarea
          label={t('tasks.fields.description')}
          description={t('tasks.form.markdownHint')}
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <div data-testid="task-responsible-input">
            <UserPicker
              label={t('tasks.fields.responsible')}
              value={values.responsibleId}
              onChange={(id) => form.setFieldValue('responsibleId', id)}
              error={form.errors.responsibleId}
            />
          </div>
          <ProjectPicker
            label={t('tasks.fields.project')}
            value={values.project?.id ?? null}
            initial={initial.project}
            onChange={(p) => form.setFieldValue('project', p)}
            error={form.errors.project}
          />
        </SimpleGrid>
        <AssignmentHint
          responsibleId={task && task.responsibleId === values.responsibleId ? null : values.responsibleId}
          observers={values.observers}
          onAddObserver={(u) => form.setFieldValue('observers', [...values.observers, u])}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PeoplePicker
            label={t('tasks.fields.participants')}
            value={values.participants}
            onChange={(v) => form.setFieldValue('participants', v)}
            error={form.errors.participants}
          />
          <div data-testid="task-observers-input">
            <PeoplePicker
              label={t('tasks.fields.observers')}
              value={values.observers}
              onChange={(v) => form.setFieldValue('observers', v)}
              error={form.errors.observers}
            />
          </div>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="datetime-local"
            label={t('tasks.fields.deadline')}
            {...form.getInputProps('deadline')}
            data-testid="task-deadline-input"
          />
          <TextInput type="date" label={t('tasks.fields.startDate')} {...form.getInputProps('startDate')} />
          <TextInput type="date" label={t('tasks.fields.endDate')} {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TaskPicker
            label={t('tasks.fields.parent')}
            value={values.parent?.id ?? null}
            initial={initial.parent}
            exclude={task?.id}
            onChange={(p) => form.setFieldValue('parent', p)}
            error={form.errors.parent}
          />
          <TagsInput
            label={t('tasks.fields.tags')}
            placeholder={values.tags.length ? undefined : t('tasks.form.tagsPlaceholder')}
            maxTags={20}
            clearable
            {...form.getInputProps('tags')}
          />
        </SimpleGrid>
        <Group justify="space-between" wrap="wrap" gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('tasks.fields.priority')}
            </Text>
            <SegmentedControl
              data={(['low', 'normal', 'high'] as const).map((p) => ({ value: p, label: t(`tasks.priority.${p}`) }))}
              {...form.getInputProps('priority')}
            />
          </Stack>
          <Switch
            label={t('tasks.fields.requiresApproval')}
            description={t('tasks.form.requiresApprovalHint')}
            {...form.getInputProps('requiresApproval', { type: 'checkbox' })}
            maw={360}
            data-testid="task-requires-approval"
          />
        </Group>
        {failure && (
          <Alert
            color={failure.stale ? 'yellow' : 'red'}
            variant="light"
            icon={<IconAlertCircle size={18} />}
            role="alert"
          >
            <Text size="sm">{failure.message}</Text>
            {failure.stale && (
              <Button size="compact-sm" variant="light" color="yellow" mt="xs" onClick={() => void reload()}>
                {t('common.reload')}
              </Button>
            )}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="task-save">
            {task ? t('common.save') : t('tasks.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
