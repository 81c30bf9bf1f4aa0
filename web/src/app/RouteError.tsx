import { Button, Center, EmptyState } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Shown when a page crashes or its code fails to download (often a deploy mid-session). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  // Logged for whoever opens the console; the user gets a way forward instead of a blank page.
  // eslint-disable-next-line no-console
  console.error(error);
  return (
    <Center mih="60dvh" p="md">
      <EmptyState
        variant="light"
        color="red"
        icon={<IconAlertTriangle />}
        title={t('routeError.title')}
        description={t('routeError.description')}
      >
        <EmptyState.Actions>
          <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
