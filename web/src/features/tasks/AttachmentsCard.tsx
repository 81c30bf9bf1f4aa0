import type { Attachment, Task } from '@artel/common';
import { ActionIcon, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPaperclip, IconTrash, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/queries';
import { taskErrorMessage as errorMessage } from './taskErrors';
import { SectionCard } from './SectionCard';
import { useAttachments, useTaskPartMutation } from './tasksApi';

/** A file size people read: "840 KB", "2.4 MB". */
function fileSize(bytes: number, lng: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lng, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The task's files: upload (up to 20 MB), download, remove. */
export function AttachmentsCard({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const files = useAttachments(task.id);
  const base = `/tasks/${encodeURIComponent(task.id)}/attachments`;
  const fail = (err: unknown) => notifications.show({ color: 'red', message: errorMessage(err, t) });
  const upload = useTaskPartMutation(task.id, ['attachments'], (file: File) => {
    const body = new FormData();
    body.append('file', file);
    return api<Attachment>(base, { method: 'POST', body });
  });
  const remove = useTaskPartMutation(task.id, ['attachments'], (id: string) =>
    api<void>(`${base}/${id}`, { method: 'DELETE' }),
  );
  const items = files.data ?? [];
  return (
    <SectionCard
      title={t('tasks.attachments.title')}
      count={items.length ? String(items.length) : undefined}
      testId="task-attachments"
      actions={
        <FileButton onChange={(file) => file && upload.mutate(file, { onError: fail })}>
          {(props) => (
            <Button
              {...props}
              size="compact-sm"
              variant="subtle"
              leftSection={<IconUpload size={14} />}
              loading={upload.isPending}
            >
              {t('tasks.attachments.upload')}
            </Button>
          )}
        </FileButton>
      }
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks.attachments.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((file) => (
            <Group key={file.id} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconPaperclip size={16} style={{ flex: 'none', opacity: 0.6 }} />
                <Anchor href={file.url} download={file.fileName} size="sm" truncate>
                  {file.fileName}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                  {fileSize(file.size, i18n.language)}
                </Text>
              </Group>
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  component="a"
                  href={file.url}
                  download={file.fileName}
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t('tasks.attachments.download')}
                >
                  <IconDownload size={14} />
                </ActionIcon>
                {(file.uploadedById === me.id || task.abilities.edit) && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={t('common.remove')}
                    onClick={() => remove.mutate(file.id, { onError: fail })}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
