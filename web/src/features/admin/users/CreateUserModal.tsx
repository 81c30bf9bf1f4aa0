import {
  Alert,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { createUserSchema } from '@artel/common';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchableSelect } from '../../../components/SearchableSelect';
import { api } from '../../../api/client';
import { queryKeys } from '../../../api/queries';
import type { CrmAccess, User } from '../../../api/types';
import { applyFieldErrors, errorMessage } from '../../../lib/errors';
import { useOrgOptions } from '../../../lib/useOrgOptions';
import { zodValidate } from '../../../lib/zodForm';

const FIELDS = [
  'email',
  'name',
  'password',
  'position',
  'departmentId',
  'officeId',
  'hireDate',
  'isAdmin',
  'crmAccess',
] as const;

interface Values {
  name: string;
  email: string;
  password: string;
  position: string;
  departmentId: string | null;
  officeId: string | null;
  hireDate: string;
  isAdmin: boolean;
  crmAccess: CrmAccess;
}

function toBody(v: Values) {
  return {
    name: v.name.trim(),
    email: v.email.trim(),
    password: v.password,
    position: v.position.trim() || null,
    departmentId: v.departmentId,
    officeId: v.officeId,
    hireDate: v.hireDate || null,
    isAdmin: v.isAdmin,
    crmAccess: v.crmAccess,
  };
}

function CreateUserFields({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const options = useOrgOptions();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('fields.fullName')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('fields.position')} {...form.getInputProps('position')} />
        <TextInput
          label={t('fields.email')}
          type="email"
          required
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('fields.password')}
          description={t('setup.passwordHint')}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <SearchableSelect
          label={t('fields.department')}
          data={options.departments}
          {...form.getInputProps('departmentId')}
        />
        <SearchableSelect label={t('fields.office')} data={options.offices} {...form.getInputProps('officeId')} />
        <TextInput label={t('fields.hireDate')} type="date" {...form.getInputProps('hireDate')} />
        <Select
          label={t('fields.crmAccess')}
          data={options.crmAccess}
          allowDeselect={false}
          {...form.getInputProps('crmAccess')}
        />
      </SimpleGrid>
      <Switch label={t('fields.isAdmin')} {...form.getInputProps('isAdmin', { type: 'checkbox' })} />
    </>
  );
}

/** Admin: creates an employee account with an initial password. */
export function CreateUserModal({ onClose, onCreated }: { onClose: () => void; onCreated: (user: User) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: '',
      email: '',
      password: '',
      position: '',
      departmentId: null,
      officeId: null,
      hireDate: '',
      isAdmin: false,
      crmAccess: 'own',
    },
    validate: (values) => zodValidate(createUserSchema, t)(toBody(values)),
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const user = await api<User>('/users', { method: 'POST', body: toBody(values) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.orgChart });
      notifications.show({ color: 'teal', message: t('admin.users.created', { name: user.name }) });
      onCreated(user);
    } catch (err) {
      if (!applyFieldErrors(form, err, t, FIELDS)) setFailure(errorMessage(err, t));
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('admin.users.newTitle')} size="lg" fullScreen={phone} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <CreateUserFields form={form} />
          {failure && (
            <Alert color="red" variant="light">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
