import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Menu,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  ActionIcon,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDots, IconInfoCircle, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { taskErrorMessage as errorMessage } from './taskErrors';
import { AttachmentsCard } from './AttachmentsCard';
import { ChecklistCard } from './ChecklistCard';
import { CommentComposer } from './CommentComposer';
import { DependenciesCard } from './DependenciesCard';
import { Markdown } from '../../components/markdown/Markdown';
import { SubtasksCard } from './SubtasksCard';
import { TaskActionsBar } from './TaskActionsBar';
import { PriorityMark, StatusBadge } from './TaskBits';
import { TaskDetails } from './TaskDetails';
import { valuesFromTask } from './taskForm';
import { TaskForm } from './TaskForm';
import { TaskTimeline } from './TaskTimeline';
import { markTaskRead, useDeleteTask, useTask, useTaskComments, useTaskHistory } from './tasksApi';
import type { Task } from '@artel/common';

/** Why the task waits, said to the person it waits for (or about). */
function StatusNote({ task }: { task: Task }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  let key: string | null = null;
  if (task.status === 'new' && task.responsibleId === me.id) key = 'tasks.note.acceptYou';
  else if (task.status === 'new') key = 'tasks.note.acceptOther';
  else if (task.status === 'awaiting_control' && task.creatorId === me.id) key = 'tasks.note.approveYou';
  else if (task.status === 'awaiting_control') key = 'tasks.note.approveOther';
  else if (task.status === 'declined') key = 'tasks.note.declined';
  if (!key) return null;
  return (
    <Alert
      color={task.status === 'declined' ? 'red' : 'cyan'}
      variant="light"
      icon={<IconInfoCircle size={18} />}
      data-testid="status-note"
    >
      <Text size="sm">{t(key, { responsible: task.responsible.name, creator: task.creator.name })}</Text>
      {task.status === 'declined' && task.declineReason && (
        <Text size="sm" mt={4} fw={500}>
          {t('tasks.note.reason', { reason: task.declineReason })}
        </Text>
      )}
    </Alert>
  );
}

function EditTask({ task, opened, onClose }: { task: Task; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened} onClose={onClose} title={t('tasks.form.editTitle')} size="xl" fullScreen={phone} centered>
      {opened && (
        <TaskForm
          initial={valuesFromTask(task)}
          task={task}
          onCancel={onClose}
          onSaved={() => {
            notifications.show({ color: 'teal', message: t('tasks.form.saved') });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

function TaskView({ task }: { task: Task }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const comments = useTaskComments(task.id);
  const history = useTaskHistory(task.id);
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const remove = useDeleteTask(task.id);

  // Opening the task reads its comments: unread counters in lists drop.
  const commentCount = comments.data?.length ?? 0;
  useEffect(() => {
    if (!comments.isSuccess) return;
    void markTaskRead(task.id).then(
      () => queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] }),
      () => {},
    );
  }, [task.id, commentCount, comments.isSuccess, queryClient]);

  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/tasks">
          {t('tasks.title')}
        </Anchor>
        {task.project && (
          <Anchor component={Link} to={`/projects/${task.project.id}`}>
            {task.project.name}
          </Anchor>
        )}
        {task.parent && (
          <Anchor component={Link} to={`/tasks/${task.parent.id}`}>
            {task.parent.title}
          </Anchor>
        )}
      </Breadcrumbs>
      <Title order={2} mb="xs" style={{ overflowWrap: 'anywhere' }} data-testid="task-title">
        {task.title}
      </Title>
      <Group justify="space-between" mb="sm" gap="sm">
        <Group gap="xs">
          <StatusBadge status={task.status} size="lg" />
          <PriorityMark priority={task.priority} />
        </Group>
        {(task.abilities.edit || task.abilities.delete) && (
          <Group gap="xs" wrap="nowrap">
            {task.abilities.edit && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={edit.open}
                data-testid="task-edit"
              >
                {t('common.edit')}
              </Button>
            )}
            {task.abilities.delete && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon variant="default" size="lg" aria-label={t('common.actions')}>
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={del.open}>
                    {t('tasks.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        )}
      </Group>
      <Stack gap="sm" mb="md">
        <StatusNote task={task} />
        {task.status === 'pending' && task.disapproveReason && (
          <Alert color="orange" variant="light" data-testid="disapprove-note">
            <Text size="sm">{t('tasks.note.returned', { reason: task.disapproveReason })}</Text>
          </Alert>
        )}
        <TaskActionsBar task={task} />
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md" data-testid="task-description">
              {task.description.trim() ? (
                <Markdown source={task.description} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('tasks.noDescription')}
                </Text>
              )}
            </Paper>
            <ChecklistCard task={task} />
            <SubtasksCard task={task} />
            <DependenciesCard task={task} />
            <AttachmentsCard task={task} />
            {comments.isError || history.isError ? (
              <ErrorState
                error={comments.error ?? history.error}
                onRetry={() => void Promise.all([comments.refetch(), history.refetch()])}
              />
            ) : comments.data && history.data ? (
              <TaskTimeline comments={comments.data} history={history.data} />
            ) : (
              <Skeleton h={120} />
            )}
            <CommentComposer taskId={task.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TaskDetails task={task} />
        </Grid.Col>
      </Grid>
      <EditTask task={task} opened={editing} onClose={edit.close} />
      <ConfirmDialog
        opened={deleting}
        onClose={del.close}
        title={t('tasks.deleteTitle')}
        message={t('tasks.deleteMessage', { title: task.title })}
        confirmLabel={t('common.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('tasks.deleted') });
              void navigate('/tasks');
            },
            onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
          })
        }
      />
    </>
  );
}

/** A task page: everything about one task, and what the reader may do with it now. */
export function TaskPage() {
  const { id = '' } = useParams();
  const task = useTask(id);
  if (task.isPending) {
    return (
      <Stack>
        <Skeleton h={40} w="60%" />
        <Skeleton h={200} />
      </Stack>
    );
  }
  if (task.isError) return <ErrorState error={task.error} onRetry={() => void task.refetch()} />;
  return <TaskView key={task.data.id} task={task.data} />;
}
