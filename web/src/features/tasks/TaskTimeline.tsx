import type { Comment, HistoryItem, TaskStatus } from '@artel/common';
import { Anchor, Blockquote, Group, Paper, Stack, Switch, Text, Timeline, Title } from '@mantine/core';
import { IconHistory, IconMessage } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../../api/queries';
import { UserAvatar } from '../../components/UserAvatar';
import { formatDateOnly, formatDateTime } from '../../i18n/format';
import { describeChange, type FieldEdit } from './historyDescription';
import { Markdown } from '../../components/markdown/Markdown';
import { StatusBadge } from './TaskBits';
import { buildTimeline } from './timeline';

function PersonLink({ id }: { id: string }) {
  const user = useUser(id);
  return (
    <Anchor component={Link} to={`/people/${id}`} size="sm" fw={500}>
      {user.data?.name ?? '…'}
    </Anchor>
  );
}

const DATE_FIELDS = new Set(['deadline']);
const DAY_FIELDS = new Set(['startDate', 'endDate']);

function EditValue({ field, value }: { field: string; value: unknown }) {
  const { t, i18n } = useTranslation();
  if (value === null || value === undefined || value === '')
    return (
      <Text span size="sm" c="dimmed">
        {t('tasks.history.empty')}
      </Text>
    );
  if (DATE_FIELDS.has(field)) return <>{formatDateTime(String(value), i18n.language)}</>;
  if (DAY_FIELDS.has(field)) return <>{formatDateOnly(String(value), i18n.language)}</>;
  if (field === 'responsibleId') return <PersonLink id={String(value)} />;
  if (field === 'priority') return <>{t(`tasks.priority.${String(value)}`, { defaultValue: String(value) })}</>;
  if (field === 'requiresApproval') return <>{t(value ? 'tasks.yes' : 'tasks.no')}</>;
  if (Array.isArray(value)) return <>{value.join(', ')}</>;
  if (field === 'description') return <>{t('tasks.history.changedText')}</>;
  return <>{String(value)}</>;
}

function Edits({ edits }: { edits: FieldEdit[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} mt={4}>
      {edits.map((e) => (
        <Text key={e.field} size="sm">
          {t(`tasks.history.field.${e.field}`, { defaultValue: e.field })}:{' '}
          {e.field === 'description' ? (
            t('tasks.history.changedText')
          ) : (
            <>
              <EditValue field={e.field} value={e.old} /> → <EditValue field={e.field} value={e.new} />
            </>
          )}
        </Text>
      ))}
    </Stack>
  );
}

function ChangeEntry({ item }: { item: HistoryItem }) {
  const { t } = useTranslation();
  const d = describeChange(item);
  const role = d.values.role ? t(`tasks.history.role.${d.values.role}`, { defaultValue: d.values.role }) : '';
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {item.actor?.name ?? t('tasks.history.system')}
        </Text>
        <Text size="sm">
          {t(`tasks.history.${d.key}`, { ...d.values, role, defaultValue: t('tasks.history.other') })}
        </Text>
        {d.userId && <PersonLink id={d.userId} />}
        {d.values.to && <StatusBadge status={d.values.to as TaskStatus} size="sm" />}
      </Group>
      {d.edits.length > 0 && <Edits edits={d.edits} />}
      {d.reason && (
        <Blockquote p="xs" pl="md" mt={4} color="orange" data-testid="timeline-reason">
          <Text size="sm">{d.reason}</Text>
        </Blockquote>
      )}
    </Stack>
  );
}

function CommentEntry({ comment }: { comment: Comment }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid="timeline-comment">
      <Text size="sm" fw={600} mb={4}>
        <Anchor component={Link} to={`/people/${comment.authorId}`} c="var(--mantine-color-text)" fw={600}>
          {comment.author.name}
        </Anchor>
      </Text>
      <Markdown source={comment.body} />
      {comment.attachments.map((a) => (
        <Anchor key={a.id} href={a.url} download={a.fileName} size="sm" display="block">
          📎 {a.fileName}
        </Anchor>
      ))}
    </Paper>
  );
}

/** Props: the task's comments and history, both oldest first. */
export interface TaskTimelineProps {
  comments: Comment[];
  history: HistoryItem[];
}

/** "What is going on here, and who worked on it": comments and every change on one timeline. */
export function TaskTimeline({ comments, history }: TaskTimelineProps) {
  const { t, i18n } = useTranslation();
  const [commentsOnly, setCommentsOnly] = useState(false);
  const entries = useMemo(() => buildTimeline(comments, history, commentsOnly), [comments, history, commentsOnly]);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={4}>{t('tasks.timeline.title')}</Title>
        <Switch
          label={t('tasks.timeline.commentsOnly')}
          checked={commentsOnly}
          onChange={(e) => setCommentsOnly(e.currentTarget.checked)}
          data-testid="comments-only"
        />
      </Group>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={30} lineWidth={2} data-testid="task-timeline">
          {entries.map((entry) => {
            const person = entry.kind === 'comment' ? entry.comment.author : entry.change.actor;
            const bullet =
              entry.kind === 'comment' && person ? (
                <UserAvatar name={person.name} photoUrl={person.photoUrl} size={30} />
              ) : entry.kind === 'comment' ? (
                <IconMessage size={16} />
              ) : (
                <IconHistory size={16} />
              );
            return (
              <Timeline.Item key={entry.id} bullet={bullet} data-kind={entry.kind} data-testid="timeline-entry">
                {entry.kind === 'comment' ? (
                  <CommentEntry comment={entry.comment} />
                ) : (
                  <ChangeEntry item={entry.change} />
                )}
                <Text size="xs" c="dimmed" mt={4}>
                  {formatDateTime(entry.at, i18n.language)}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Stack>
  );
}
