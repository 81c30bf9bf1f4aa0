import { Button, Center, EmptyState } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60dvh">
      <EmptyState
        icon={<IconMapSearch />}
        withIndicatorBackground
        title={t('notFound.title')}
        description={t('notFound.description')}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
