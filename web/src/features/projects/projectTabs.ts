import type { ComponentType } from 'react';

/** One tab of the project page: its route under `/projects/:id/`, its label and its lazy page. */
export interface ProjectTab {
  path: string;
  labelKey: string;
  load: () => Promise<ComponentType>;
}

/**
 * The project page's tabs, in display order. A module adds a tab with one line here; the router
 * makes each a nested lazy route and the project header lists them, so the two cannot drift apart.
 */
export const projectTabs: ProjectTab[] = [
  { path: 'tasks', labelKey: 'projects.tabs.tasks', load: async () => (await import('./tabs/TasksTab')).TasksTab },
  { path: 'board', labelKey: 'projects.tabs.board', load: async () => (await import('./tabs/BoardTab')).BoardTab },
  {
    path: 'members',
    labelKey: 'projects.tabs.members',
    load: async () => (await import('./tabs/MembersTab')).MembersTab,
  },
];

/** The tab a bare `/projects/:id` opens. */
export const DEFAULT_PROJECT_TAB = 'tasks';
