import type { ProjectMember, ProjectRole } from '@artel/common';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconLogout, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../../api/queries';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { UserAvatar } from '../../../components/UserAvatar';
import { UserPicker } from '../../../components/UserPicker';
import { formatDateOnly } from '../../../i18n/format';
import { projectErrorMessage } from '../display';
import { useProjectOutlet } from '../projectContext';
import { useMemberChanges, useProjectMembers } from '../projectsApi';

type AssignableRole = Exclude<ProjectRole, 'owner'>;

/** Owner first, then moderators, then members; by name within a role (the server's order). */
const ROLE_RANK: Record<ProjectRole, number> = { owner: 0, moderator: 1, member: 2 };

function AddMemberForm({ projectId, memberIds }: { projectId: string; memberIds: Set<string> }) {
  const { t } = useTranslation();
  const { add } = useMemberChanges(projectId);
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<AssignableRole>('member');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!userId) return;
    setError(null);
    try {
      const member = await add.mutateAsync({ userId, role });
      notifications.show({ color: 'teal', message: t('projects.members.added', { name: member.user.name }) });
      setUserId(null);
    } catch (err) {
      setError(projectErrorMessage(err, t));
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={5} mb="sm">
        {t('projects.members.addTitle')}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 280px' }}>
          <UserPicker
            label={t('projects.members.person')}
            value={userId}
            onChange={(id) => {
              setError(null);
              setUserId(id);
            }}
            error={error ?? (userId && memberIds.has(userId) ? t('projects.errors.already_member') : undefined)}
          />
        </div>
        <Select
          label={t('projects.members.role')}
          value={role}
          onChange={(v) => v && setRole(v as AssignableRole)}
          allowDeselect={false}
          data={[
            { value: 'member', label: t('projects.role.member') },
            { value: 'moderator', label: t('projects.role.moderator') },
          ]}
          w={180}
        />
        <Button
          leftSection={<IconUserPlus size={16} />}
          onClick={() => void submit()}
          loading={add.isPending}
          disabled={!userId || memberIds.has(userId)}
        >
          {t('projects.members.add')}
        </Button>
      </Group>
    </Paper>
  );
}

function MemberRow({
  member,
  canManage,
  isMe,
  onRole,
  onRemove,
}: {
  member: ProjectMember;
  canManage: boolean;
  isMe: boolean;
  onRole: (role: AssignableRole) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const isOwner = member.role === 'owner';
  const roleLabel = t(`projects.role.${member.role}`);
  return (
    <Table.Tr data-testid="member-row">
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <UserAvatar name={member.user.name} photoUrl={member.user.photoUrl} size={36} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/people/${member.userId}`} size="sm" fw={500} truncate>
              {member.user.name}
            </Anchor>
            {member.user.position && (
              <Text size="xs" c="dimmed" truncate>
                {member.user.position}
              </Text>
            )}
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td w={200}>
        {canManage && !isOwner ? (
          <Select
            size="xs"
            value={member.role}
            aria-label={`${t('projects.members.role')}: ${member.user.name}`}
            allowDeselect={false}
            onChange={(v) => v && v !== member.role && onRole(v as AssignableRole)}
            data={[
              { value: 'member', label: t('projects.role.member') },
              { value: 'moderator', label: t('projects.role.moderator') },
            ]}
          />
        ) : (
          <Badge
            tt="none"
            size="md"
            variant={isOwner ? 'filled' : 'light'}
            color={isOwner ? 'indigo' : member.role === 'moderator' ? 'blue' : 'gray'}
          >
            {roleLabel}
          </Badge>
        )}
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" c="dimmed">
          {t('projects.members.since', { date: formatDateOnly(member.addedAt, i18n.language) })}
        </Text>
      </Table.Td>
      <Table.Td w={56}>
        {!isOwner && (canManage || isMe) && (
          <Tooltip label={t(isMe ? 'projects.members.leave' : 'projects.members.remove')} withArrow>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={onRemove}
              aria-label={`${t(isMe ? 'projects.members.leave' : 'projects.members.remove')}: ${member.user.name}`}
            >
              {isMe ? <IconLogout size={18} /> : <IconUserMinus size={18} />}
            </ActionIcon>
          </Tooltip>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The project's team: roles for everyone to read; owner and moderators add, re-role and remove. */
export function MembersTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { project } = useProjectOutlet();
  const members = useProjectMembers(project.id);
  const { setRole, remove } = useMemberChanges(project.id);
  const [removing, setRemoving] = useState<ProjectMember | null>(null);
  const canManage = project.abilities.manageMembers;

  if (members.isPending) return <Skeleton h={300} radius="md" />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  const sorted = [...members.data].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
  const leaving = removing?.userId === me.id;

  const changeRole = (member: ProjectMember, role: AssignableRole) =>
    setRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t('projects.members.roleChanged', { name: member.user.name, role: t(`projects.role.${role}`) }),
          }),
        onError: (err) => notifications.show({ color: 'red', message: projectErrorMessage(err, t) }),
      },
    );

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.userId, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('projects.members.removed', { name: removing.user.name }) });
        setRemoving(null);
        // A closed project disappears for someone who leaves it.
        if (leaving && project.visibility === 'closed' && !me.isAdmin) void navigate('/projects');
      },
      onError: (err) => notifications.show({ color: 'red', message: projectErrorMessage(err, t) }),
    });
  };

  return (
    <Stack gap="md">
      {canManage ? (
        <AddMemberForm projectId={project.id} memberIds={new Set(members.data.map((m) => m.userId))} />
      ) : (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
          {t('projects.members.readOnly')}
        </Alert>
      )}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Group px="md" py="sm" justify="space-between">
          <Text fw={600}>{t('projects.tabs.members')}</Text>
          <Text size="sm" c="dimmed">
            {t('projects.members.count', { count: sorted.length })}
          </Text>
        </Group>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Tbody>
            {sorted.map((member) => (
              <MemberRow
                key={member.userId}
                member={member}
                canManage={canManage}
                isMe={member.userId === me.id}
                onRole={(role) => changeRole(member, role)}
                onRemove={() => setRemoving(member)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <ConfirmDialog
        opened={removing !== null}
        title={
          leaving
            ? t('projects.members.leaveTitle')
            : t('projects.members.removeTitle', { name: removing?.user.name ?? '' })
        }
        message={t(leaving ? 'projects.members.leaveMessage' : 'projects.members.removeMessage')}
        confirmLabel={t(leaving ? 'projects.members.leave' : 'projects.members.remove')}
        danger
        loading={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
