import type { Project } from '@artel/common';
import { Alert, Button, Group, Input, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock, IconWorld } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyFieldErrors } from '../../lib/errors';
import { projectErrorMessage } from './display';
import { MembersInput } from './MembersInput';
import {
  initialProjectValues,
  PROJECT_FORM_FIELDS,
  projectBody,
  validateProject,
  type ProjectFormValues,
} from './projectForm';
import { useCreateProject, useUpdateProject } from './projectsApi';

/** Props: the project to edit (none: a new one) and how to close. */
export interface ProjectFormModalProps {
  project?: Project;
  onClose: () => void;
}

/** Creates a project (then opens it) or edits its name, description, visibility and dates. */
export function ProjectFormModal({ project, onClose }: ProjectFormModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProject();
  const update = useUpdateProject(project?.id ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ProjectFormValues>({
    initialValues: initialProjectValues(project),
    validate: validateProject(t),
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      if (project) {
        await update.mutateAsync({ ...projectBody(values), version: project.version });
        notifications.show({ color: 'teal', message: t('projects.form.saved') });
        onClose();
      } else {
        const created = await create.mutateAsync({ ...projectBody(values), memberIds: values.memberIds });
        notifications.show({ color: 'teal', message: t('projects.form.created') });
        onClose();
        void navigate(`/projects/${created.id}`);
      }
    } catch (err) {
      if (!applyFieldErrors(form, err, t, PROJECT_FORM_FIELDS)) setFailure(projectErrorMessage(err, t));
    }
  });

  const visibility = form.values.visibility;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(project ? 'projects.form.editTitle' : 'projects.form.newTitle')}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('projects.fields.name')}
            placeholder={t('projects.form.namePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('projects.fields.description')}
            placeholder={t('projects.form.descriptionPlaceholder')}
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('description')}
          />
          <Stack gap={6}>
            <Input.Label id="project-visibility">{t('projects.fields.visibility')}</Input.Label>
            <SegmentedControl
              aria-labelledby="project-visibility"
              fullWidth
              data={[
                {
                  value: 'open',
                  label: (
                    <Group gap={6} justify="center" wrap="nowrap">
                      <IconWorld size={16} />
                      {t('projects.visibility.open')}
                    </Group>
                  ),
                },
                {
                  value: 'closed',
                  label: (
                    <Group gap={6} justify="center" wrap="nowrap">
                      <IconLock size={16} />
                      {t('projects.visibility.closed')}
                    </Group>
                  ),
                },
              ]}
              {...form.getInputProps('visibility')}
            />
            <Text size="xs" c="dimmed">
              {t(visibility === 'open' ? 'projects.visibility.openHint' : 'projects.visibility.closedHint')}
            </Text>
          </Stack>
          <Group grow align="flex-start">
            <TextInput type="date" label={t('projects.fields.startDate')} {...form.getInputProps('startDate')} />
            <TextInput type="date" label={t('projects.fields.endDate')} {...form.getInputProps('endDate')} />
          </Group>
          {!project && (
            <MembersInput
              label={t('projects.fields.members')}
              description={t('projects.form.membersHint')}
              value={form.values.memberIds}
              onChange={(ids) => form.setFieldValue('memberIds', ids)}
              error={form.errors.memberIds}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t(project ? 'common.save' : 'common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
