import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { loginSchema } from '@artel/common';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { queryKeys, useMe } from '../../api/queries';
import { FullPageLoader } from '../../components/FullPageLoader';
import { errorMessage } from '../../lib/errors';
import { zodValidate } from '../../lib/zodForm';
import { AuthLayout } from './AuthLayout';
import { safeNext, signIn, useSetupStatus } from './authApi';

/** The sign-in page; sends a brand-new installation to the first-run page instead. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const setup = useSetupStatus();
  const me = useMe();
  const [failure, setFailure] = useState<string | null>(null);

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: zodValidate(loginSchema, t),
  });

  if (setup.isPending) return <FullPageLoader />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (me.data) return <Navigate to={next} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setFailure(null);
    try {
      const user = await signIn(email.trim(), password);
      queryClient.setQueryData(queryKeys.me, user);
      void navigate(next, { replace: true });
    } catch (err) {
      setFailure(err instanceof ApiError && err.status === 401 ? t('signIn.invalid') : errorMessage(err, t));
    }
  });

  return (
    <AuthLayout title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              role="alert"
              data-testid="sign-in-error"
            >
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            autoFocus
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth size="md" loading={form.submitting} mt="xs">
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
