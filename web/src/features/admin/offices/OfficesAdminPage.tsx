import { ActionIcon, Button, EmptyState, Group, Paper, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOffices } from '../../../api/queries';
import type { Office } from '../../../api/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { formatTimeInZone, formatUtcOffset } from '../../../i18n/format';
import { errorMessage } from '../../../lib/errors';
import { useDeleteOffice } from '../adminApi';
import { OfficeModal } from './OfficeModal';

function OfficeTable({
  offices,
  onEdit,
  onDelete,
}: {
  offices: Office[];
  onEdit: (o: Office) => void;
  onDelete: (o: Office) => void;
}) {
  const { t, i18n } = useTranslation();
  const now = new Date();
  return (
    <Table verticalSpacing="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('fields.office')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('fields.timezone')}</Table.Th>
          <Table.Th w={80} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {offices.map((office) => {
          const clock = `${formatTimeInZone(now, office.timezone, i18n.language)} · ${formatUtcOffset(now, office.timezone)}`;
          return (
            <Table.Tr key={office.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {office.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {office.city}
                </Text>
                {/* On phones the time zone column is hidden, so its gist goes here. */}
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {office.timezone} · {clock}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm">{office.timezone}</Text>
                <Text size="xs" c="dimmed">
                  {clock}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => onEdit(office)}
                      aria-label={t('common.edit')}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('common.delete')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => onDelete(office)}
                      aria-label={t('common.delete')}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Admin: the company's offices. */
export function OfficesAdminPage() {
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  const remove = useDeleteOffice();
  const [editing, setEditing] = useState<Office | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Office | null>(null);

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('admin.offices.deleted') }),
      onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
      onSettled: () => setDeleting(null),
    });
  };

  const sorted = [...(offices.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="md">
        <Text fw={600}>{t('admin.offices.count', { count: sorted.length })}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('admin.offices.new')}
        </Button>
      </Group>
      {offices.isPending ? (
        <Skeleton h={160} />
      ) : offices.isError ? (
        <ErrorState error={offices.error} onRetry={() => void offices.refetch()} />
      ) : sorted.length === 0 ? (
        <EmptyState
          icon={<IconBuilding />}
          withIndicatorBackground
          title={t('admin.offices.emptyTitle')}
          description={t('admin.offices.emptyDescription')}
        />
      ) : (
        <OfficeTable offices={sorted} onEdit={setEditing} onDelete={setDeleting} />
      )}
      {editing && <OfficeModal office={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('admin.offices.deleteTitle')}
        message={t('admin.offices.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
