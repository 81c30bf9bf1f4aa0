import { ActionIcon, Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgLookups, User } from '../../../api/types';
import { UserAvatar } from '../../../components/UserAvatar';

/** Props: the users, lookups, the signed-in admin's id and row actions. */
export interface UsersTableProps {
  users: User[];
  lookups: OrgLookups;
  meId: string;
  onEdit: (user: User) => void;
  onToggleActive: (user: User) => void;
}

function UserRow({ user, lookups, meId, onEdit, onToggleActive }: Omit<UsersTableProps, 'users'> & { user: User }) {
  const { t } = useTranslation();
  return (
    <Table.Tr style={{ opacity: user.isActive ? 1 : 0.6 }} data-testid="admin-user-row">
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <UserAvatar name={user.name} photoUrl={user.photoUrl} size={32} />
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/people/${user.id}`} size="sm" fw={500} c="var(--mantine-color-text)">
              {user.name}
            </Anchor>
            <Text size="xs" c="dimmed" truncate>
              {user.position ?? t('people.noPosition')}
            </Text>
          </div>
        </Group>
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Text size="sm">{user.email}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{(user.departmentId && lookups.departments.get(user.departmentId)?.name) || '—'}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Group gap={4}>
          {user.isAdmin && <Badge variant="light">{t('profile.adminBadge')}</Badge>}
          {!user.isActive && (
            <Badge variant="light" color="gray">
              {t('profile.inactiveBadge')}
            </Badge>
          )}
          {user.isActive && !user.isAdmin && (
            <Text size="sm" c="dimmed">
              {t('admin.users.employee')}
            </Text>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label={t('common.edit')}>
            <ActionIcon variant="subtle" color="gray" onClick={() => onEdit(user)} aria-label={t('common.edit')}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          {user.id !== meId && (
            <Tooltip label={t(user.isActive ? 'profile.deactivate' : 'profile.reactivate')}>
              <ActionIcon
                variant="subtle"
                color={user.isActive ? 'red' : 'teal'}
                onClick={() => onToggleActive(user)}
                aria-label={t(user.isActive ? 'profile.deactivate' : 'profile.reactivate')}
              >
                {user.isActive ? <IconUserOff size={16} /> : <IconUserCheck size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The admin list of accounts. */
export function UsersTable({ users, lookups, meId, onEdit, onToggleActive }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.colName')}</Table.Th>
            <Table.Th visibleFrom="md">{t('fields.email')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('fields.department')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('admin.users.access')}</Table.Th>
            <Table.Th w={96} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              lookups={lookups}
              meId={meId}
              onEdit={onEdit}
              onToggleActive={onToggleActive}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
