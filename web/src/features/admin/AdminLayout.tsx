import { EmptyState, Paper, Tabs } from '@mantine/core';
import { IconBuilding, IconLock, IconSitemap, IconUsers } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';

const TABS = [
  { value: 'departments', icon: IconSitemap },
  { value: 'offices', icon: IconBuilding },
  { value: 'users', icon: IconUsers },
] as const;

/** Administration: tabs for departments, offices and users (admins only). */
export function AdminLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // On a phone the three tabs only fit in one row without their icons.
  const narrow = useMediaQuery('(max-width: 36em)');
  const current = TABS.find((tab) => pathname.startsWith(`/admin/${tab.value}`))?.value ?? 'departments';

  if (!me.isAdmin) {
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconLock />}
          withIndicatorBackground
          title={t('admin.forbiddenTitle')}
          description={t('admin.forbiddenDescription')}
        />
      </Paper>
    );
  }

  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <Tabs value={current} onChange={(value) => value && void navigate(`/admin/${value}`)} mb="lg" keepMounted={false}>
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {TABS.map(({ value, icon: Icon }) => (
            <Tabs.Tab key={value} value={value} leftSection={narrow ? null : <Icon size={16} />}>
              {t(`admin.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
