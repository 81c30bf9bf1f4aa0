import { Navigate, createBrowserRouter } from 'react-router';
import { queryClient } from '../api/queryClient';
import { FullPageLoader } from '../components/FullPageLoader';
import { ganttQuery } from '../features/gantt/ganttApi';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/**
 * Every page is a lazy route so the first download holds only the shell; each page (and the org
 * chart's xyflow) arrives in its own chunk when first visited.
 */
export const router = createBrowserRouter([
  {
    path: '/sign-in',
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('../features/auth/SignInPage')).SignInPage }),
  },
  {
    path: '/setup',
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('../features/auth/SetupPage')).SetupPage }),
  },
  {
    path: '/',
    Component: AppLayout,
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RouteError,
    children: [
      { index: true, element: <Navigate to="/structure" replace /> },
      {
        path: 'structure',
        lazy: async () => ({ Component: (await import('../features/org/OrgChartPage')).OrgChartPage }),
      },
      {
        path: 'people',
        lazy: async () => ({ Component: (await import('../features/people/PeoplePage')).PeoplePage }),
      },
      {
        path: 'people/:id',
        lazy: async () => ({ Component: (await import('../features/profile/ProfilePage')).ProfilePage }),
      },
      {
        path: 'projects/:id/overview',
        lazy: async () => ({
          Component: (await import('../features/gantt/ProjectOverviewPage')).ProjectOverviewPage,
        }),
      },
      {
        path: 'projects/:id/gantt',
        // The chart's data (large for big projects) is requested while the page's code loads.
        loader: ({ params }) => {
          if (params.id) void queryClient.prefetchQuery(ganttQuery(params.id));
          return null;
        },
        lazy: async () => ({ Component: (await import('../features/gantt/GanttPage')).GanttPage }),
      },
      {
        path: 'account',
        lazy: async () => ({ Component: (await import('../features/account/AccountPage')).AccountPage }),
      },
      {
        path: 'admin',
        lazy: async () => ({ Component: (await import('../features/admin/AdminLayout')).AdminLayout }),
        children: [
          { index: true, element: <Navigate to="departments" replace /> },
          {
            path: 'departments',
            lazy: async () => ({
              Component: (await import('../features/admin/departments/DepartmentsAdminPage')).DepartmentsAdminPage,
            }),
          },
          {
            path: 'offices',
            lazy: async () => ({
              Component: (await import('../features/admin/offices/OfficesAdminPage')).OfficesAdminPage,
            }),
          },
          {
            path: 'users',
            lazy: async () => ({ Component: (await import('../features/admin/users/UsersAdminPage')).UsersAdminPage }),
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
