import { Button, EmptyState } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';

/** Props: the failure, and how to try again. */
export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load shown in place of the content, with a retry button. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <EmptyState
      py="xl"
      variant="light"
      color="red"
      icon={<IconAlertTriangle />}
      title={t('common.loadFailed')}
      description={errorMessage(error, t)}
    >
      {onRetry && (
        <EmptyState.Actions>
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
