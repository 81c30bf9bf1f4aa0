import { Anchor, Badge, Box, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgLookups, User, UserSummary } from '../../api/types';
import { UserAvatar } from '../../components/UserAvatar';
import { PhotoControl } from './PhotoControl';

/** Props: the person, their managers (nearest first), lookups and what the viewer may do. */
export interface ProfileHeaderProps {
  user: User;
  managerChain: UserSummary[] | undefined;
  lookups: OrgLookups;
  canEdit: boolean;
  canDeactivate: boolean;
  onEdit: () => void;
  onToggleActive: () => void;
}

function ReportingLine({ chain, user }: { chain: UserSummary[]; user: User }) {
  const { t } = useTranslation();
  if (chain.length === 0) return null;
  // The API lists the nearest manager first; a breadcrumb reads from the top down.
  const topDown = [...chain].reverse();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="manager-chain">
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('profile.reportsTo')}
      </Text>
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        {topDown.map((m) => (
          <Anchor key={m.id} component={Link} to={`/people/${m.id}`} size="sm">
            {m.name}
          </Anchor>
        ))}
        <Text size="sm" fw={500} key={user.id}>
          {user.name}
        </Text>
      </Breadcrumbs>
    </Group>
  );
}

/** The top card of a profile: photo, name, position, department and the reporting line. */
export function ProfileHeader({
  user,
  managerChain,
  lookups,
  canEdit,
  canDeactivate,
  onEdit,
  onToggleActive,
}: ProfileHeaderProps) {
  const { t } = useTranslation();
  const department = user.departmentId ? lookups.departments.get(user.departmentId) : undefined;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} mb="lg">
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Box pos="relative" style={{ flex: 'none' }}>
          <UserAvatar name={user.name} photoUrl={user.photoUrl} size={112} radius={112} />
          {canEdit && <PhotoControl user={user} />}
        </Box>
        <Stack gap={6} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Title order={2} data-testid="profile-name">
              {user.name}
            </Title>
            {user.isAdmin && <Badge variant="light">{t('profile.adminBadge')}</Badge>}
            {!user.isActive && (
              <Badge variant="light" color="gray">
                {t('profile.inactiveBadge')}
              </Badge>
            )}
          </Group>
          <Text size="lg" c="dimmed">
            {user.position ?? t('people.noPosition')}
          </Text>
          {department && (
            <Anchor component={Link} to={`/people?department=${department.id}`} size="sm">
              {department.name}
            </Anchor>
          )}
          {managerChain && <ReportingLine chain={managerChain} user={user} />}
        </Stack>
        {(canEdit || canDeactivate) && (
          <Group gap="xs">
            {canEdit && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={onEdit}
                data-testid="profile-edit"
              >
                {t('profile.edit')}
              </Button>
            )}
            {canDeactivate && (
              <Button
                variant="light"
                color={user.isActive ? 'red' : 'teal'}
                leftSection={user.isActive ? <IconUserOff size={16} /> : <IconUserCheck size={16} />}
                onClick={onToggleActive}
              >
                {t(user.isActive ? 'profile.deactivate' : 'profile.reactivate')}
              </Button>
            )}
          </Group>
        )}
      </Group>
    </Paper>
  );
}
