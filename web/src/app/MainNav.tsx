import { NavLink, Stack } from '@mantine/core';
import { IconBriefcase, IconChecklist, IconSettings, IconSitemap, IconUsers } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

interface NavItem {
  to: string;
  labelKey: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  adminOnly?: boolean;
}

/** Only modules that exist are listed; new modules add a line here. */
const ITEMS: NavItem[] = [
  { to: '/tasks', labelKey: 'tasks.nav', icon: IconChecklist },
  { to: '/projects', labelKey: 'projects.nav', icon: IconBriefcase },
  { to: '/structure', labelKey: 'nav.structure', icon: IconSitemap },
  { to: '/people', labelKey: 'nav.people', icon: IconUsers },
  { to: '/admin', labelKey: 'nav.admin', icon: IconSettings, adminOnly: true },
];

/** The left navigation of the shell. */
export function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {ITEMS.filter((item) => !item.adminOnly || isAdmin).map(({ to, labelKey, icon: Icon }) => (
        <NavLink
          key={to}
          component={Link}
          to={to}
          label={t(labelKey)}
          leftSection={<Icon size={20} stroke={1.6} />}
          active={pathname === to || pathname.startsWith(`${to}/`)}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          fw={500}
        />
      ))}
    </Stack>
  );
}
