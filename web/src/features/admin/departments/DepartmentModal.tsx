import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createDepartmentSchema } from '@artel/common';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchableSelect } from '../../../components/SearchableSelect';
import { isApiError } from '../../../api/client';
import type { Department } from '../../../api/types';
import { UserPicker } from '../../../components/UserPicker';
import { applyFieldErrors, errorMessage } from '../../../lib/errors';
import { zodValidate } from '../../../lib/zodForm';
import { useOrgOptions } from '../../../lib/useOrgOptions';
import { useSaveDepartment, type DepartmentInput } from '../adminApi';

const FIELDS = ['name', 'parentId', 'headId', 'deputyId', 'officeId'] as const;

/** Props: the department to edit (null: a new one, optionally under `parentId`) and close handler. */
export interface DepartmentModalProps {
  department: Department | null;
  parentId?: string | null;
  onClose: () => void;
}

function changedFields(before: DepartmentInput, after: DepartmentInput): DepartmentInput {
  const patch: Record<string, unknown> = {};
  for (const key of FIELDS) if (before[key] !== after[key]) patch[key] = after[key];
  return patch;
}

/** Creates or edits a department: name, parent, head, deputy and office. */
export function DepartmentModal({ department, parentId = null, onClose }: DepartmentModalProps) {
  const { t } = useTranslation();
  const options = useOrgOptions();
  const save = useSaveDepartment();
  const [failure, setFailure] = useState<string | null>(null);
  const initial: DepartmentInput = {
    name: department?.name ?? '',
    parentId: department ? department.parentId : parentId,
    headId: department?.headId ?? null,
    deputyId: department?.deputyId ?? null,
    officeId: department?.officeId ?? null,
  };
  const form = useForm({ initialValues: initial, validate: zodValidate(createDepartmentSchema, t) });
  const parentOptions = options.departments.filter((d) => d.value !== department?.id);

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const body = { ...values, name: values.name?.trim() };
    try {
      if (department)
        await save.mutateAsync({ id: department.id, version: department.version, ...changedFields(initial, body) });
      else await save.mutateAsync(body);
      notifications.show({
        color: 'teal',
        message: t(department ? 'admin.departments.saved' : 'admin.departments.created'),
      });
      onClose();
    } catch (err) {
      if (isApiError(err, 'department_cycle')) form.setFieldError('parentId', errorMessage(err, t));
      else if (!applyFieldErrors(form, err, t, FIELDS)) setFailure(errorMessage(err, t));
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(department ? 'admin.departments.editTitle' : 'admin.departments.newTitle')}
      centered
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light">
              {failure}
            </Alert>
          )}
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <SearchableSelect
            label={t('fields.parentDepartment')}
            description={department?.parentId === null ? t('admin.departments.rootHint') : undefined}
            data={parentOptions}
            {...form.getInputProps('parentId')}
          />
          <UserPicker label={t('fields.head')} {...form.getInputProps('headId')} />
          <UserPicker label={t('fields.deputy')} {...form.getInputProps('deputyId')} />
          <SearchableSelect label={t('fields.office')} data={options.offices} {...form.getInputProps('officeId')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(department ? 'common.save' : 'common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
