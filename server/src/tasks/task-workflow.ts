import type { TaskAction, TaskStatus } from '@artel/common';

/** Statuses in which a task still asks for work or a decision (counters, "open" task counts). */
export const OPEN_STATUSES: TaskStatus[] = ['new', 'pending', 'in_progress', 'awaiting_control', 'deferred'];

/** Statuses in which a passed deadline makes a task overdue: the responsible person still owes work. */
export const ACTIVE_STATUSES: TaskStatus[] = ['new', 'pending', 'in_progress'];

/** How the person acting relates to the task. */
export interface WorkflowRoles {
  isCreator: boolean;
  isResponsible: boolean;
  isAdmin: boolean;
}

/** What the workflow needs to know about the task itself. */
export interface WorkflowTask {
  status: TaskStatus;
  requiresApproval: boolean;
  creatorId: string;
  responsibleId: string;
}

/** The outcome of asking whether an action may run. */
export type ActionDecision =
  { allowed: true; to: TaskStatus } | { allowed: false; reason: 'forbidden' | 'invalid_transition' };

type Who = 'responsible' | 'creator' | 'either';

interface Rule {
  who: Who;
  from: TaskStatus[];
  /** Target status; `complete` and the restarting actions compute theirs. */
  to: TaskStatus | 'completion' | 'initial';
}

/**
 * The workflow table. Only the responsible person moves the work itself (accept, decline, start,
 * pause, complete, delegate): there is exactly one person answering for the result, and
 * participants help without steering the status. The creator controls the outcome (approve,
 * disapprove, reassign); both may put a task on hold and bring it back. Admins may do what a
 * creator may.
 */
export const WORKFLOW: Record<TaskAction, Rule> = {
  accept: { who: 'responsible', from: ['new'], to: 'pending' },
  decline: { who: 'responsible', from: ['new'], to: 'declined' },
  start: { who: 'responsible', from: ['pending'], to: 'in_progress' },
  pause: { who: 'responsible', from: ['in_progress'], to: 'pending' },
  complete: { who: 'responsible', from: ['pending', 'in_progress'], to: 'completion' },
  approve: { who: 'creator', from: ['awaiting_control'], to: 'completed' },
  disapprove: { who: 'creator', from: ['awaiting_control'], to: 'pending' },
  defer: { who: 'either', from: ['pending', 'in_progress'], to: 'deferred' },
  renew: { who: 'either', from: ['deferred', 'completed'], to: 'pending' },
  delegate: { who: 'responsible', from: ['new', 'pending', 'in_progress'], to: 'pending' },
  reassign: {
    who: 'creator',
    from: ['new', 'pending', 'in_progress', 'awaiting_control', 'deferred', 'declined'],
    to: 'initial',
  },
};

/** Actions whose body must carry a reason. */
export const ACTIONS_NEEDING_REASON: readonly TaskAction[] = ['decline', 'disapprove'];

function hasRole(who: Who, roles: WorkflowRoles): boolean {
  const creatorSide = roles.isCreator || roles.isAdmin;
  if (who === 'responsible') return roles.isResponsible;
  if (who === 'creator') return creatorSide;
  return roles.isResponsible || creatorSide;
}

/**
 * The first status of a task: `pending` when its creator is the responsible person or anyone up
 * their manager chain (no need to ask), `new` otherwise (the responsible person accepts or declines).
 */
export function initialStatus(creatorIsResponsibleOrTheirManager: boolean): TaskStatus {
  return creatorIsResponsibleOrTheirManager ? 'pending' : 'new';
}

/**
 * Where `complete` leads: to control by the creator when approval is required and someone else
 * set the task; otherwise straight to completed.
 */
export function completionStatus(task: WorkflowTask): TaskStatus {
  return task.requiresApproval && task.creatorId !== task.responsibleId ? 'awaiting_control' : 'completed';
}

/**
 * Whether `action` may run on `task` for someone with `roles`: 403 when it is not theirs to do,
 * 409 when the task is in the wrong status. `initial` is the status a restart would give
 * (computed by the caller from the new responsible person's reporting line).
 */
export function decideAction(
  action: TaskAction,
  task: WorkflowTask,
  roles: WorkflowRoles,
  initial: TaskStatus = 'new',
): ActionDecision {
  const rule = WORKFLOW[action];
  if (!hasRole(rule.who, roles)) return { allowed: false, reason: 'forbidden' };
  if (!rule.from.includes(task.status)) return { allowed: false, reason: 'invalid_transition' };
  if (action === 'renew' && task.status === 'completed' && !(roles.isCreator || roles.isAdmin)) {
    // Reopening finished work is the creator's decision, not the one who finished it.
    return { allowed: false, reason: 'forbidden' };
  }
  const to = rule.to === 'completion' ? completionStatus(task) : rule.to === 'initial' ? initial : rule.to;
  return { allowed: true, to };
}

/** The actions this person may run now: exactly the buttons the UI shows. */
export function availableActions(task: WorkflowTask, roles: WorkflowRoles): TaskAction[] {
  return (Object.keys(WORKFLOW) as TaskAction[]).filter((a) => decideAction(a, task, roles).allowed);
}
