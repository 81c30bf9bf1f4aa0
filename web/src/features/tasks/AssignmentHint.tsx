import type { UserSummary } from '@artel/common';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconEye, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAssignmentHint } from './tasksApi';

/** Props: the chosen responsible person, the observers so far, and how to add one. */
export interface AssignmentHintProps {
  responsibleId: string | null;
  observers: UserSummary[];
  onAddObserver: (user: UserSummary) => void;
}

/**
 * Setting a task for someone outside your reporting line: they will be asked to accept it, and
 * their own manager is offered as an observer in one click, so the manager can weigh the request.
 */
export function AssignmentHint({ responsibleId, observers, onAddObserver }: AssignmentHintProps) {
  const { t } = useTranslation();
  const hint = useAssignmentHint(responsibleId);
  if (!hint.data || hint.data.initialStatus !== 'new') return null;
  const manager = hint.data.suggestedObserver;
  const added = manager ? observers.some((o) => o.id === manager.id) : false;
  return (
    <Alert color="cyan" variant="light" icon={<IconInfoCircle size={18} />} data-testid="assignment-hint">
      <Text size="sm">{t('tasks.hint.acceptance')}</Text>
      {manager && (
        <Group gap="xs" mt="xs" wrap="wrap">
          <Text size="sm">
            {added
              ? t('tasks.hint.managerAdded', { name: manager.name })
              : t('tasks.hint.suggestManager', { name: manager.name })}
          </Text>
          {!added && (
            <Button
              size="compact-sm"
              variant="light"
              color="cyan"
              leftSection={<IconEye size={14} />}
              onClick={() => onAddObserver(manager)}
              data-testid="add-suggested-observer"
            >
              {t('tasks.hint.addObserver', { name: manager.name })}
            </Button>
          )}
        </Group>
      )}
    </Alert>
  );
}
