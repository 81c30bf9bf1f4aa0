import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { setupSchema } from '@artel/common';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { FullPageLoader } from '../../components/FullPageLoader';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { zodValidate } from '../../lib/zodForm';
import { AuthLayout } from './AuthLayout';
import { createFirstAdmin, useSetupStatus } from './authApi';

const FIELDS = ['name', 'email', 'password'] as const;

/** First run: creates the portal's first administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const setup = useSetupStatus();
  const [failure, setFailure] = useState<string | null>(null);

  const form = useForm({
    initialValues: { name: '', email: '', password: '', confirm: '' },
    validate: (values) => {
      const errors: Record<string, string> = zodValidate(setupSchema, t)(values);
      if (values.confirm !== values.password) errors.confirm = t('validation.passwordsDiffer');
      return errors;
    },
  });

  if (setup.isPending) return <FullPageLoader />;
  if (setup.data && !setup.data.needsSetup) return <Navigate to="/sign-in" replace />;

  const submit = form.onSubmit(async ({ name, email, password }) => {
    setFailure(null);
    try {
      const user = await createFirstAdmin({ name: name.trim(), email: email.trim(), password });
      queryClient.setQueryData(queryKeys.me, user);
      queryClient.setQueryData(queryKeys.setup, { needsSetup: false });
      void navigate('/', { replace: true });
    } catch (err) {
      if (isApiError(err) && err.status === 409) {
        // Someone finished setup in another tab; this page is no longer the way in.
        await setup.refetch();
        return;
      }
      if (!applyFieldErrors(form, err, t, FIELDS)) setFailure(errorMessage(err, t));
    }
  });

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('fields.fullName')}
            autoComplete="name"
            required
            autoFocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            description={t('setup.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('fields.passwordRepeat')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" fullWidth size="md" loading={form.submitting} mt="xs">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
