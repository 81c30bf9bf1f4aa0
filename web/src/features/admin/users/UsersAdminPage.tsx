import { Button, Center, EmptyState, Group, Paper, Skeleton, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser, useOrgLookups } from '../../../api/queries';
import type { User } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { usePeopleList } from '../../people/peopleApi';
import { EditProfileModal } from '../../profile/EditProfileModal';
import { useActivation } from '../../profile/useActivation';
import { CreateUserModal } from './CreateUserModal';
import { UsersTable } from './UsersTable';

interface ToolbarProps {
  query: string;
  onQuery: (value: string) => void;
  includeInactive: boolean;
  onIncludeInactive: (value: boolean) => void;
  onCreate: () => void;
}

function UsersToolbar({ query, onQuery, includeInactive, onIncludeInactive, onCreate }: ToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mb="md" gap="sm" wrap="wrap">
      <Group gap="md" style={{ flex: '1 1 320px' }} wrap="wrap">
        <TextInput
          value={query}
          onChange={(e) => onQuery(e.currentTarget.value)}
          placeholder={t('people.searchPlaceholder')}
          aria-label={t('people.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          style={{ flex: '1 1 240px' }}
          maw={420}
          type="search"
        />
        <Switch
          checked={includeInactive}
          onChange={(e) => onIncludeInactive(e.currentTarget.checked)}
          label={t('admin.users.showInactive')}
        />
      </Group>
      <Button leftSection={<IconPlus size={16} />} onClick={onCreate}>
        {t('admin.users.new')}
      </Button>
    </Group>
  );
}

/** Admin: every account, including deactivated ones on request. */
export function UsersAdminPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const lookups = useOrgLookups();
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(true);
  const [debounced] = useDebouncedValue(query, 250);
  const list = usePeopleList({ q: debounced, departmentId: null, officeId: null, includeInactive });
  const users = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const activation = useActivation();

  return (
    <Paper withBorder p="lg">
      <UsersToolbar
        query={query}
        onQuery={setQuery}
        includeInactive={includeInactive}
        onIncludeInactive={setIncludeInactive}
        onCreate={() => setCreating(true)}
      />
      {list.isPending ? (
        <Skeleton h={240} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : users.length === 0 ? (
        <EmptyState
          icon={<IconUserSearch />}
          withIndicatorBackground
          title={t('people.noMatchesTitle')}
          description={t('people.noMatchesDescription')}
        />
      ) : (
        <>
          <UsersTable
            users={users}
            lookups={lookups}
            meId={me.id}
            onEdit={setEditing}
            onToggleActive={activation.toggle}
          />
          {list.hasNextPage && (
            <Center mt="md">
              <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {t('common.loadMore')}
              </Button>
            </Center>
          )}
        </>
      )}
      {creating && (
        <CreateUserModal
          onClose={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            void navigate(`/people/${user.id}`);
          }}
        />
      )}
      {editing && <EditProfileModal user={editing} asAdmin opened onClose={() => setEditing(null)} />}
      {activation.dialog}
    </Paper>
  );
}
