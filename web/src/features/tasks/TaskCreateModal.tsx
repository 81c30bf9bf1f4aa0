import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../api/queries';
import { closeTaskCreate, type TaskCreateDefaults } from './quickCreate';
import { emptyValues } from './taskForm';
import { TaskForm } from './TaskForm';

/** Props: whether it is open and the fields filled in advance. */
export interface TaskCreateModalProps {
  opened: boolean;
  defaults: TaskCreateDefaults;
}

/** "New task" as a modal over any page; opens the task once it is created. */
export function TaskCreateModal({ opened, defaults }: TaskCreateModalProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const phone = useMediaQuery('(max-width: 36em)');
  const navigate = useNavigate();
  const initial = useMemo(() => newTaskValues(me.id, defaults), [me.id, defaults]);
  return (
    <Modal
      opened={opened}
      onClose={closeTaskCreate}
      title={t('tasks.form.newTitle')}
      size="xl"
      fullScreen={phone}
      centered
    >
      <TaskForm
        initial={initial}
        onCancel={closeTaskCreate}
        onSaved={(task) => {
          closeTaskCreate();
          notifications.show({ color: 'teal', message: t('tasks.form.created') });
          void navigate(`/tasks/${task.id}`);
        }}
      />
    </Modal>
  );
}

/** Empty values with the caller's project, parent and responsible person filled in (names come from lookups). */
export function newTaskValues(myId: string, defaults: TaskCreateDefaults) {
  const values = emptyValues(defaults.responsibleId ?? myId);
  if (defaults.projectId) values.project = { id: defaults.projectId, name: '' };
  if (defaults.parentId) values.parent = { id: defaults.parentId, title: '' };
  return values;
}
