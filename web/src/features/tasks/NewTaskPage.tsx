import { Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { newTaskValues } from './TaskCreateModal';
import { TaskForm } from './TaskForm';

/**
 * `/tasks/new?projectId=&parentId=&responsibleId=`: the task form as a page, so any other page
 * (a project, a deal, a profile) can link to "set a task here".
 */
export function NewTaskPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const projectId = params.get('projectId') ?? undefined;
  const parentId = params.get('parentId') ?? undefined;
  const responsibleId = params.get('responsibleId') ?? undefined;
  const initial = useMemo(
    () => newTaskValues(me.id, { projectId, parentId, responsibleId }),
    [me.id, projectId, parentId, responsibleId],
  );
  return (
    <>
      <PageHeader title={t('tasks.form.newTitle')} />
      <Paper withBorder p="lg" maw={920}>
        <TaskForm
          initial={initial}
          onCancel={() => void navigate(-1)}
          onSaved={(task) => {
            notifications.show({ color: 'teal', message: t('tasks.form.created') });
            void navigate(`/tasks/${task.id}`, { replace: true });
          }}
        />
      </Paper>
    </>
  );
}
