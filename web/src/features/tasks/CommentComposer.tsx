import type { Comment, User } from '@artel/common';
import { Button, Group, Paper, Popover, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queries';
import type { Page } from '../../api/types';
import { UserAvatar } from '../../components/UserAvatar';
import { taskErrorMessage as errorMessage } from './taskErrors';
import { activeMention, insertMention } from '../../components/markdown/mentions';
import { useTaskPartMutation } from './tasksApi';

/** People whose name starts with what follows the @. */
function useMentionCandidates(query: string | null) {
  const [debounced] = useDebouncedValue(query, 150);
  return useQuery({
    queryKey: [...queryKeys.users, 'mention', debounced],
    queryFn: ({ signal }) =>
      api<Page<User>>('/users', { signal, query: { q: debounced?.trim() || undefined, limit: 6 } }),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/**
 * The comment box. Typing `@` and a name offers people (arrows and Enter to pick); the pick is
 * written as `@[Name](user:ID)`, which the server reads to add that person as an observer.
 */
export function CommentComposer({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [highlight, setHighlight] = useState(0);
  const ref = useRef<HTMLTextAreaElement>(null);
  const candidates = useMentionCandidates(mention?.query ?? null);
  const people = mention ? (candidates.data?.items ?? []) : [];
  const send = useTaskPartMutation(taskId, ['comments'], (text: string) =>
    api<Comment>(`/tasks/${encodeURIComponent(taskId)}/comments`, { method: 'POST', body: { body: text } }),
  );

  const track = (text: string, caret: number) => {
    setMention(activeMention(text, caret));
    setHighlight(0);
  };
  const pick = (user: User) => {
    const el = ref.current;
    if (!mention || !el) return;
    const result = insertMention(body, mention.start, el.selectionStart, user);
    setBody(result.text);
    setMention(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(result.caret, result.caret);
    });
  };
  const submit = () => {
    if (!body.trim()) return;
    send.mutate(body, {
      onSuccess: () => setBody(''),
      onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
    });
  };

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Popover
          opened={people.length > 0}
          position="bottom-start"
          width={320}
          shadow="md"
          trapFocus={false}
          returnFocus={false}
        >
          <Popover.Target>
            <Textarea
              ref={ref}
              value={body}
              placeholder={t('tasks.comment.placeholder')}
              aria-label={t('tasks.comment.placeholder')}
              autosize
              minRows={2}
              maxRows={10}
              onChange={(e) => {
                setBody(e.currentTarget.value);
                track(e.currentTarget.value, e.currentTarget.selectionStart);
              }}
              onKeyDown={(e) => {
                if (people.length > 0) {
                  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                    e.preventDefault();
                    const step = e.key === 'ArrowDown' ? 1 : -1;
                    setHighlight((h) => (h + step + people.length) % people.length);
                    return;
                  }
                  if (e.key === 'Enter' || e.key === 'Tab') {
                    e.preventDefault();
                    const chosen = people[highlight];
                    if (chosen) pick(chosen);
                    return;
                  }
                  if (e.key === 'Escape') {
                    setMention(null);
                    return;
                  }
                }
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  submit();
                }
              }}
              onClick={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
              data-testid="comment-input"
            />
          </Popover.Target>
          <Popover.Dropdown p={4} data-testid="mention-options">
            {people.map((user, i) => (
              <UnstyledButton
                key={user.id}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(user);
                }}
                w="100%"
                p={6}
                style={{
                  borderRadius: 6,
                  background: i === highlight ? 'var(--mantine-color-default-hover)' : undefined,
                }}
                data-testid="mention-option"
              >
                <Group gap="xs" wrap="nowrap">
                  <UserAvatar name={user.name} photoUrl={user.photoUrl} size={26} />
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" truncate>
                      {user.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {user.position}
                    </Text>
                  </div>
                </Group>
              </UnstyledButton>
            ))}
          </Popover.Dropdown>
        </Popover>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {t('tasks.comment.hint')}
          </Text>
          <Button
            leftSection={<IconSend size={16} />}
            onClick={submit}
            loading={send.isPending}
            disabled={!body.trim()}
            data-testid="comment-send"
          >
            {t('tasks.comment.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
