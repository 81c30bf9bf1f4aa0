import type { Project } from '@artel/common';
import { useOutletContext } from 'react-router';

/** What the project page hands to each tab. */
export interface ProjectOutlet {
  project: Project;
}

/** The project of the page a tab is rendered in (every tab is a child route of the project page). */
export function useProjectOutlet(): ProjectOutlet {
  return useOutletContext<ProjectOutlet>();
}
