import type { ProjectRole, ProjectVisibility, TaskAction, TaskStatus } from '@artel/common';
import type { OrgTree } from '../org/org-tree.js';
import { availableActions, type WorkflowRoles } from './task-workflow.js';

/** Who is asking, with the departments whose people they manage (from the org tree). */
export interface TaskViewer {
  id: string;
  isAdmin: boolean;
  /** Departments the viewer heads, with everything below them. */
  managedDepartmentIds: readonly string[];
  /** The org tree this was derived from; commands reuse it instead of reading the revision again. */
  tree?: OrgTree;
}

/** A person on a task, with where they sit (for the manager rule). */
export interface TaskPersonFact {
  userId: string;
  role: 'creator' | 'responsible' | 'participant' | 'observer';
  departmentId: string | null;
}

/** What the rules need to know about one task. */
export interface TaskFacts {
  status: TaskStatus;
  creatorId: string;
  responsibleId: string;
  requiresApproval: boolean;
  people: readonly TaskPersonFact[];
  /** The task's project and the viewer's role in it; null for a task outside projects. */
  project: { visibility: ProjectVisibility; archived: boolean; myRole: ProjectRole | null } | null;
}

/**
 * Whether the viewer may know the task exists. Its own people always; admins always; a project's
 * members always, and everyone when the project is open. Managers up the chain of any of the
 * task's people see it too, except inside a closed project, whose walls the reporting line does
 * not cross. `task-scope.ts` is the same rule in SQL; the tests hold the two together.
 */
export function canSeeTask(viewer: TaskViewer, task: TaskFacts): boolean {
  if (viewer.isAdmin) return true;
  if (task.people.some((p) => p.userId === viewer.id)) return true;
  if (task.project) return task.project.visibility === 'open' || task.project.myRole !== null;
  if (viewer.managedDepartmentIds.length === 0) return false;
  return task.people.some((p) => p.departmentId !== null && viewer.managedDepartmentIds.includes(p.departmentId));
}

/** The viewer's roles in the workflow. */
export function workflowRoles(viewer: TaskViewer, task: TaskFacts): WorkflowRoles {
  return {
    isCreator: task.creatorId === viewer.id,
    isResponsible: task.responsibleId === viewer.id,
    isAdmin: viewer.isAdmin,
  };
}

/** Fields are the creator's, and the project's owner and moderators' (who run its board); admins too. */
export function canEditTask(viewer: TaskViewer, task: TaskFacts): boolean {
  const role = task.project?.myRole;
  return viewer.isAdmin || task.creatorId === viewer.id || role === 'owner' || role === 'moderator';
}

/** Deleting is the creator's or an admin's: history goes with the task. */
export function canDeleteTask(viewer: TaskViewer, task: TaskFacts): boolean {
  return viewer.isAdmin || task.creatorId === viewer.id;
}

/**
 * Those who do the work tick the checklist and move the card on the board: editors, the
 * responsible person and participants.
 */
export function canWorkOnTask(viewer: TaskViewer, task: TaskFacts): boolean {
  if (canEditTask(viewer, task) || task.responsibleId === viewer.id) return true;
  return task.people.some((p) => p.userId === viewer.id && p.role === 'participant');
}

/** The abilities sent with every task: what the UI may offer this viewer now. */
export function taskAbilities(
  viewer: TaskViewer,
  task: TaskFacts,
): { edit: boolean; delete: boolean; comment: boolean; work: boolean; actions: TaskAction[] } {
  return {
    edit: canEditTask(viewer, task),
    delete: canDeleteTask(viewer, task),
    comment: true,
    work: canWorkOnTask(viewer, task),
    // Delegating needs someone to delegate to: only people who head a department get the button.
    actions: availableActions(task, workflowRoles(viewer, task)).filter(
      (a) => a !== 'delegate' || viewer.managedDepartmentIds.length > 0,
    ),
  };
}
