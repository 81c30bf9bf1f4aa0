import { Navigate, createBrowserRouter } from 'react-router';
import { FullPageLoader } from '../components/FullPageLoader';
import { DEFAULT_PROJECT_TAB, projectTabs } from '../features/projects/projectTabs';
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
        path: 'projects',
        lazy: async () => ({ Component: (await import('../features/projects/ProjectsPage')).ProjectsPage }),
      },
      {
        path: 'projects/:id',
        lazy: async () => ({ Component: (await import('../features/projects/ProjectLayout')).ProjectLayout }),
        children: [
          { index: true, element: <Navigate to={DEFAULT_PROJECT_TAB} replace /> },
          ...projectTabs.map((tab) => ({ path: tab.path, lazy: async () => ({ Component: await tab.load() }) })),
        ],
      },
      {
        path: 'tasks',
        lazy: async () => ({ Component: (await import('../features/tasks/MyTasksPage')).MyTasksPage }),
      },
      {
        path: 'tasks/planner',
        lazy: async () => ({ Component: (await import('../features/tasks/PlannerPage')).PlannerPage }),
      },
      {
        path: 'tasks/new',
        lazy: async () => ({ Component: (await import('../features/tasks/NewTaskPage')).NewTaskPage }),
      },
      {
        path: 'tasks/:id',
        lazy: async () => ({ Component: (await import('../features/tasks/TaskPage')).TaskPage }),
      },
      {
        path: 'projects/:id/overview',
        lazy: async () => ({
          Component: (await import('../features/gantt/ProjectOverviewPage')).ProjectOverviewPage,
        }),
      },
      {
        path: 'projects/:id/gantt',
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
