import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router/dom';
import { setUnauthorizedHandler } from '../api/client';
import { queryClient } from '../api/queryClient';
import { router } from './router';
import { colorSchemeManager, theme } from './theme';

const PUBLIC_PATHS = ['/sign-in', '/setup'];

/** Root component: providers, notifications and the router. */
export function App() {
  useEffect(() => {
    // A 401 from any call means the session is gone: forget cached data and ask to sign in again.
    setUnauthorizedHandler(() => {
      const { pathname, search } = router.state.location;
      if (PUBLIC_PATHS.includes(pathname)) return;
      queryClient.clear();
      const next = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
      void router.navigate(`/sign-in${next}`, { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
      <Notifications position="top-right" zIndex={1000} />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
