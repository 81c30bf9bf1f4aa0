import { Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import type { User } from '../api/types';
import { LanguageMenu } from '../components/LanguageMenu';
import { ThemeToggle } from '../components/ThemeToggle';
import { UserAvatar } from '../components/UserAvatar';
import { QuickCreate } from '../features/tasks/QuickCreate';

/** Right side of the top bar: a new task, language, theme and the user menu. */
export function TopBarActions({ user }: { user: User }) {
  return (
    <Group gap={4} wrap="nowrap">
      <QuickCreate />
      <LanguageMenu />
      <ThemeToggle />
      <UserMenu user={user} />
    </Group>
  );
}

function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = async () => {
    try {
      await api('/auth/logout', { method: 'POST' });
    } finally {
      // Even if the call failed the user asked to leave: drop everything we cached about them.
      queryClient.clear();
      void navigate('/sign-in', { replace: true });
    }
  };

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.open')}
          data-testid="user-menu"
          px={6}
          py={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap={8} wrap="nowrap">
            <UserAvatar name={user.name} photoUrl={user.photoUrl} size={32} />
            <Text size="sm" fw={500} visibleFrom="md" maw={180} truncate>
              {user.name}
            </Text>
            <Box visibleFrom="xs" display="flex">
              <IconChevronDown size={14} stroke={1.6} />
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => void navigate(`/people/${user.id}`)}>
          {t('userMenu.profile')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} />} onClick={() => void navigate('/account')}>
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          color="red"
          onClick={() => void signOut()}
          data-testid="sign-out"
        >
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
