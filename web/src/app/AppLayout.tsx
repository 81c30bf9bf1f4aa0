import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { isApiError } from '../api/client';
import { useMe } from '../api/queries';
import { BrandMark } from '../components/BrandMark';
import { ErrorState } from '../components/ErrorState';
import { FullPageLoader } from '../components/FullPageLoader';
import { MainNav } from './MainNav';
import { NavigationProgress } from './NavigationProgress';
import { TopBarActions } from './TopBarActions';
import { useSyncUserLanguage } from './useLanguage';

/** The signed-in frame: top bar, left navigation (a burger drawer on phones) and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  useSyncUserLanguage(me.data);

  // Following a link on a phone should reveal the page, not leave the drawer over it.
  useEffect(() => {
    close();
  }, [location.pathname, close]);

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
      return <Navigate to={`/sign-in${next}`} replace />;
    }
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(navOpened ? 'nav.close' : 'nav.open')}
              data-testid="nav-burger"
            />
            <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }} aria-label={t('app.name')}>
              <BrandMark />
            </Link>
          </Group>
          <TopBarActions user={me.data} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <MainNav isAdmin={me.data.isAdmin} />
      </AppShell.Navbar>
      <AppShell.Main bg="var(--artel-page-bg)">
        <NavigationProgress />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
