import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { changePasswordSchema } from '@artel/common';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { zodValidate } from '../../lib/zodForm';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Change-password form of "My account". */
export function ChangePasswordCard() {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: (values) => {
      const errors: Record<string, string> = zodValidate(changePasswordSchema, t)(values);
      if (values.confirm !== values.newPassword) errors.confirm = t('validation.passwordsDiffer');
      return errors;
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await api('/me/password', { method: 'POST', body: { currentPassword, newPassword } });
      form.reset();
      notifications.show({ color: 'teal', message: t('account.passwordChanged') });
    } catch (err) {
      if (!applyFieldErrors(form, err, t, FIELDS)) notifications.show({ color: 'red', message: errorMessage(err, t) });
    }
  });

  return (
    <Paper withBorder p="lg">
      <Title order={4}>{t('account.passwordTitle')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('account.passwordDescription')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('account.newPassword')}
            description={t('setup.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('fields.passwordRepeat')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={form.submitting} style={{ alignSelf: 'flex-start' }} mt="xs">
            {t('account.changePassword')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
