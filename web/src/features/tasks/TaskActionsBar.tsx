import type { Task, TaskAction } from '@artel/common';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconCheck,
  IconChecks,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerSkipForward,
  IconRefresh,
  IconSend,
  IconUserShare,
  IconX,
  IconClockPause,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/queries';
import { UserPicker } from '../../components/UserPicker';
import { taskErrorMessage as errorMessage, taskIsOutdated } from './taskErrors';
import { useUserOrg } from '../profile/profileApi';
import { ACTION_UI, offeredActions } from './taskActions';
import { taskKeys, useTaskAction } from './tasksApi';

const ICONS: Record<TaskAction, ComponentType<{ size?: number }>> = {
  accept: IconCheck,
  decline: IconX,
  start: IconPlayerPlay,
  pause: IconPlayerPause,
  complete: IconChecks,
  approve: IconCheck,
  disapprove: IconArrowBackUp,
  defer: IconClockPause,
  renew: IconRefresh,
  delegate: IconUserShare,
  reassign: IconSend,
};

/** Asks for what an action needs: a reason (decline, return) or a person (delegate, reassign). */
function ActionDialog({ task, action, onClose }: { task: Task; action: TaskAction; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const run = useTaskAction(task.id);
  const queryClient = useQueryClient();
  const input = ACTION_UI[action].input;
  const [reason, setReason] = useState('');
  const [person, setPerson] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reports = useUserOrg(input === 'subordinate' ? me.id : undefined);
  const submit = async () => {
    if (input === 'reason' && !reason.trim()) return setError(t('tasks.actionDialog.reasonRequired'));
    if ((input === 'subordinate' || input === 'person') && !person)
      return setError(t('tasks.actionDialog.personRequired'));
    try {
      await run.mutateAsync({
        action,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(input === 'subordinate' && person ? { userId: person } : {}),
        ...(input === 'person' && person ? { responsibleId: person } : {}),
      });
      notifications.show({ color: 'teal', message: t(`tasks.actionDone.${action}`) });
      onClose();
    } catch (err) {
      setError(errorMessage(err, t));
      if (taskIsOutdated(err)) void queryClient.invalidateQueries({ queryKey: taskKeys.one(task.id) });
    }
  };
  return (
    <Modal opened onClose={onClose} title={t(`tasks.actions.${action}`)} centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t(`tasks.actionDialog.${action}`, { defaultValue: '' })}
        </Text>
        {input === 'subordinate' && (
          <Select
            label={t('tasks.actionDialog.subordinate')}
            data={(reports.data?.directReports ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={person}
            onChange={setPerson}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data-testid="action-person"
          />
        )}
        {input === 'person' && (
          <div data-testid="action-person">
            <UserPicker label={t('tasks.fields.responsible')} value={person} onChange={setPerson} />
          </div>
        )}
        {(input === 'reason' || action === 'reassign') && (
          <Textarea
            label={t(input === 'reason' ? 'tasks.actionDialog.reason' : 'tasks.actionDialog.comment')}
            required={input === 'reason'}
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
            data-testid="action-reason"
          />
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={ACTION_UI[action].color}
            loading={run.isPending}
            onClick={() => void submit()}
            data-testid="action-confirm"
          >
            {t(`tasks.actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The workflow buttons this person may use in the task's status. Actions without questions run at
 * once; the server decides in the end, and its refusal (403, 409) is shown as it explains it.
 */
export function TaskActionsBar({ task }: { task: Task }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const run = useTaskAction(task.id);
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<TaskAction | null>(null);
  const actions = offeredActions(task, me);
  if (actions.length === 0) return null;
  const click = async (action: TaskAction) => {
    if (ACTION_UI[action].input !== 'none') return setDialog(action);
    try {
      await run.mutateAsync({ action });
      notifications.show({ color: 'teal', message: t(`tasks.actionDone.${action}`) });
    } catch (err) {
      notifications.show({ color: 'red', title: t(`tasks.actions.${action}`), message: errorMessage(err, t) });
      // Someone moved the task meanwhile: show where it stands now.
      if (taskIsOutdated(err)) void queryClient.invalidateQueries({ queryKey: taskKeys.one(task.id) });
    }
  };
  return (
    <Group gap="xs" wrap="wrap" data-testid="task-actions">
      {actions.map((action) => {
        const Icon = ICONS[action] ?? IconPlayerSkipForward;
        const ui = ACTION_UI[action];
        return (
          <Button
            key={action}
            variant={ui.primary ? 'filled' : 'light'}
            color={ui.color}
            leftSection={<Icon size={16} />}
            loading={run.isPending && run.variables?.action === action}
            onClick={() => void click(action)}
            data-action={action}
          >
            {t(`tasks.actions.${action}`)}
          </Button>
        );
      })}
      {dialog && <ActionDialog task={task} action={dialog} onClose={() => setDialog(null)} />}
    </Group>
  );
}
