import type { ProjectRole, ProjectVisibility } from '@artel/common';

/** Who is asking, as project rules need it. */
export interface ProjectViewer {
  id: string;
  isAdmin: boolean;
}

/** What the rules need to know about a project and the viewer's place in it. */
export interface ProjectFacts {
  visibility: ProjectVisibility;
  archived: boolean;
  myRole: ProjectRole | null;
}

/** Open projects are everyone's; closed ones exist only for their members and admins. */
export function canSeeProject(viewer: ProjectViewer, project: ProjectFacts): boolean {
  return viewer.isAdmin || project.visibility === 'open' || project.myRole !== null;
}

/** Owners and moderators run a project; admins may step in anywhere. */
export function canEditProject(viewer: ProjectViewer, project: ProjectFacts): boolean {
  return viewer.isAdmin || project.myRole === 'owner' || project.myRole === 'moderator';
}

/** Archiving (and un-archiving) is the owner's call, or an admin's. */
export function canArchiveProject(viewer: ProjectViewer, project: ProjectFacts): boolean {
  return viewer.isAdmin || project.myRole === 'owner';
}

/**
 * New tasks go into live projects only: an open project takes tasks from any employee (it is
 * visible to all anyway), a closed one from its members.
 */
export function canCreateTaskIn(viewer: ProjectViewer, project: ProjectFacts): boolean {
  if (project.archived) return false;
  return viewer.isAdmin || project.visibility === 'open' || project.myRole !== null;
}

/** A member may leave a project on their own; anyone else is removed by those who manage members. */
export function canRemoveMember(viewer: ProjectViewer, project: ProjectFacts, userId: string): boolean {
  return viewer.id === userId || canEditProject(viewer, project);
}

/** The abilities sent with every project so the UI shows only what works. */
export function projectAbilities(viewer: ProjectViewer, project: ProjectFacts) {
  return {
    edit: canEditProject(viewer, project),
    manageMembers: canEditProject(viewer, project),
    archive: canArchiveProject(viewer, project),
    createTask: canCreateTaskIn(viewer, project),
  };
}
