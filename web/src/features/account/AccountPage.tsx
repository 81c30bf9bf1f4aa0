import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ChangePasswordCard } from './ChangePasswordCard';
import { TokensCard } from './TokensCard';

/** "My account": password and personal API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Stack gap="lg" maw={960}>
        <ChangePasswordCard />
        <TokensCard />
      </Stack>
    </>
  );
}
