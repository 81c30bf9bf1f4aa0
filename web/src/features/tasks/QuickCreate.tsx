import { ActionIcon, Kbd, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openTaskCreate, TASK_CREATE_HOTKEY, useTaskCreateState } from './quickCreate';

const TaskCreateModal = lazy(async () => ({ default: (await import('./TaskCreateModal')).TaskCreateModal }));

/**
 * The top bar's "+": a new task from any page, also on Shift+N. The modal's code is fetched on
 * first use, so the shell stays small.
 */
export function QuickCreate() {
  const { t } = useTranslation();
  const state = useTaskCreateState();
  const [used, setUsed] = useState(false);
  const open = () => {
    setUsed(true);
    openTaskCreate();
  };
  useHotkeys([[TASK_CREATE_HOTKEY, open, { usePhysicalKeys: true }]]);
  return (
    <>
      <Tooltip
        label={
          <>
            {t('tasks.quickCreate')} <Kbd size="xs">Shift</Kbd> + <Kbd size="xs">N</Kbd>
          </>
        }
      >
        <ActionIcon
          variant="light"
          size="lg"
          radius="xl"
          onClick={open}
          aria-label={t('tasks.quickCreate')}
          data-testid="quick-create"
        >
          <IconPlus size={20} />
        </ActionIcon>
      </Tooltip>
      {(used || state.open) && (
        <Suspense fallback={null}>
          <TaskCreateModal key={state.key} opened={state.open} defaults={state.defaults} />
        </Suspense>
      )}
    </>
  );
}
