import { Button, EmptyState, Grid, Paper, Skeleton, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCurrentUser, useOrgLookups, useUser } from '../../api/queries';
import type { User } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { EditProfileModal } from './EditProfileModal';
import { ProfileDetails } from './ProfileDetails';
import { ProfileHeader } from './ProfileHeader';
import { useUserOrg } from './profileApi';
import { useActivation } from './useActivation';
import { PeopleCard } from './ReportsCard';

function ProfileSkeleton() {
  return (
    <Stack gap="lg">
      <Skeleton h={160} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton h={320} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton h={200} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Profile({ user }: { user: User }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const lookups = useOrgLookups();
  const org = useUserOrg(user.id);
  const activation = useActivation();
  const [editing, edit] = useDisclosure(false);
  const isSelf = me.id === user.id;

  return (
    <>
      <ProfileHeader
        user={user}
        managerChain={org.data?.managerChain}
        lookups={lookups}
        canEdit={isSelf || me.isAdmin}
        canDeactivate={me.isAdmin && !isSelf}
        onEdit={edit.open}
        onToggleActive={() => activation.toggle(user)}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ProfileDetails user={user} lookups={lookups} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <PeopleCard
              title={t('profile.manager')}
              people={org.data ? org.data.managerChain.slice(0, 1) : undefined}
              emptyText={t('profile.noManager')}
            />
            <PeopleCard
              title={t('profile.directReports')}
              people={org.data?.directReports}
              emptyText={t('profile.noReports')}
              testId="direct-reports"
              withCount
            />
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && <EditProfileModal user={user} asAdmin={me.isAdmin} opened onClose={edit.close} />}
      {activation.dialog}
    </>
  );
}

/** A person's profile page, `/people/:id`. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useUser(id);
  if (user.isPending) return <ProfileSkeleton />;
  if (user.isError) {
    if (isApiError(user.error) && user.error.status === 404) {
      return (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconUserQuestion />}
            withIndicatorBackground
            title={t('profile.notFoundTitle')}
            description={t('profile.notFoundDescription')}
          >
            <EmptyState.Actions>
              <Button component={Link} to="/people" variant="default">
                {t('profile.backToPeople')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      );
    }
    return <ErrorState error={user.error} onRetry={() => void user.refetch()} />;
  }
  return <Profile user={user.data} />;
}
