import { ActionIcon, Button, Code, Group, Paper, Skeleton, Table, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../i18n/format';
import { errorMessage } from '../../lib/errors';
import { NewTokenModal } from './NewTokenModal';
import { useRevokeToken, useTokens } from './tokensApi';

function TokenRows({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('account.tokenName')}</Table.Th>
            <Table.Th visibleFrom="xs">{t('account.tokenPrefix')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('account.tokenCreated')}</Table.Th>
            <Table.Th>{t('account.tokenLastUsed')}</Table.Th>
            <Table.Th w={56} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td fw={500}>{token.name}</Table.Td>
              <Table.Td visibleFrom="xs">
                <Code>{token.prefix}…</Code>
              </Table.Td>
              <Table.Td visibleFrom="sm">{formatDateTime(token.createdAt, i18n.language)}</Table.Td>
              <Table.Td c={token.lastUsedAt ? undefined : 'dimmed'}>
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt, i18n.language) : t('account.neverUsed')}
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('account.revoke')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => onRevoke(token)}
                    aria-label={t('account.revoke')}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Personal API tokens: list, create (secret shown once), revoke. */
export function TokensCard() {
  const { t } = useTranslation();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [creating, create] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('account.tokenRevoked') }),
      onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
      onSettled: () => setRevoking(null),
    });
  };

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <div>
          <Title order={4}>{t('account.tokensTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('account.tokensDescription')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={create.open}>
          {t('account.newToken')}
        </Button>
      </Group>
      {tokens.isPending ? (
        <Skeleton h={80} />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.length === 0 ? (
        <Text size="sm" c="dimmed" py="md" ta="center">
          {t('account.noTokens')}
        </Text>
      ) : (
        <TokenRows tokens={tokens.data} onRevoke={setRevoking} />
      )}
      <NewTokenModal opened={creating} onClose={create.close} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('account.revokeTitle')}
        message={t('account.revokeMessage', { name: revoking?.name ?? '' })}
        confirmLabel={t('account.revoke')}
        danger
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </Paper>
  );
}
