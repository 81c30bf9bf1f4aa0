import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { createTokenSchema } from '@artel/common';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { zodValidate } from '../../lib/zodForm';
import { useCreateToken } from './tokensApi';

/** The new token's secret with a copy button; shown once, right after creation. */
function TokenSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />}>
        {t('account.tokenShownOnce')}
      </Alert>
      <Group gap="xs" wrap="nowrap">
        <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="new-token">
          {secret}
        </Code>
        <CopyButton value={secret} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={t(copied ? 'common.copied' : 'common.copy')}>
              <ActionIcon
                variant="light"
                color={copied ? 'teal' : 'blue'}
                size="lg"
                onClick={copy}
                aria-label={t('common.copy')}
              >
                {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed">
        {t('account.tokenUsage')}
      </Text>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('common.done')}</Button>
      </Group>
    </Stack>
  );
}

/** Creates a token, then shows its secret once with a copy button. */
export function NewTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: '' }, validate: zodValidate(createTokenSchema, t) });

  const close = () => {
    setSecret(null);
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit(async ({ name }) => {
    try {
      const created = await create.mutateAsync(name.trim());
      setSecret(created.token);
    } catch (err) {
      if (!applyFieldErrors(form, err, t, ['name'])) form.setFieldError('name', errorMessage(err, t));
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t(secret ? 'account.tokenCreatedTitle' : 'account.newToken')}
      centered
    >
      {secret ? (
        <TokenSecret secret={secret} onDone={close} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('account.tokenName')}
              description={t('account.tokenNameHint')}
              data-autofocus
              required
              {...form.getInputProps('name')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('account.createToken')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
