import type { TaskAction, TaskStatus } from '@artel/common';

/** Who may run an action: the responsible person, the creator's side (creator, admin), or either. */
type Who = 'responsible' | 'creator' | 'either';

/**
 * The workflow as the task page reads it (the server's table, in the order the buttons appear).
 * The server stays the authority: its `abilities.actions` narrows this list (only heads of a
 * department may delegate) and its 403/409 answers are shown as they come.
 */
const RULES: readonly { action: TaskAction; who: Who; from: readonly TaskStatus[] }[] = [
  { action: 'accept', who: 'responsible', from: ['new'] },
  { action: 'decline', who: 'responsible', from: ['new'] },
  { action: 'start', who: 'responsible', from: ['pending'] },
  { action: 'complete', who: 'responsible', from: ['pending', 'in_progress'] },
  { action: 'approve', who: 'creator', from: ['awaiting_control'] },
  { action: 'disapprove', who: 'creator', from: ['awaiting_control'] },
  { action: 'pause', who: 'responsible', from: ['in_progress'] },
  { action: 'renew', who: 'either', from: ['deferred', 'completed'] },
  { action: 'defer', who: 'either', from: ['pending', 'in_progress'] },
  { action: 'delegate', who: 'responsible', from: ['new', 'pending', 'in_progress'] },
  {
    action: 'reassign',
    who: 'creator',
    from: ['new', 'pending', 'in_progress', 'awaiting_control', 'deferred', 'declined'],
  },
];

/** What the page needs to know about the task to offer actions. */
export interface ActionTask {
  status: TaskStatus;
  creatorId: string;
  responsibleId: string;
  /** The server's list for this viewer, when the task was read with abilities. */
  abilities?: { actions: readonly TaskAction[] };
}

/** The person looking at the task. */
export interface ActionViewer {
  id: string;
  isAdmin: boolean;
}

function plays(who: Who, task: ActionTask, viewer: ActionViewer): boolean {
  const responsible = task.responsibleId === viewer.id;
  const creatorSide = task.creatorId === viewer.id || viewer.isAdmin;
  if (who === 'responsible') return responsible;
  if (who === 'creator') return creatorSide;
  return responsible || creatorSide;
}

/** The action buttons this viewer gets in the task's current status, in display order. */
export function offeredActions(task: ActionTask, viewer: ActionViewer): TaskAction[] {
  const allowedByServer = task.abilities ? new Set(task.abilities.actions) : null;
  return RULES.filter((rule) => {
    if (!rule.from.includes(task.status) || !plays(rule.who, task, viewer)) return false;
    // Reopening finished work is the creator's decision, not the one who finished it.
    if (rule.action === 'renew' && task.status === 'completed' && task.creatorId !== viewer.id && !viewer.isAdmin) {
      return false;
    }
    return allowedByServer === null || allowedByServer.has(rule.action);
  }).map((rule) => rule.action);
}

/** What running an action asks of the user first. */
export type ActionInput = 'none' | 'reason' | 'subordinate' | 'person';

/** How each action looks and what it asks for. */
export const ACTION_UI: Record<TaskAction, { input: ActionInput; color: string; primary: boolean }> = {
  accept: { input: 'none', color: 'green', primary: true },
  decline: { input: 'reason', color: 'red', primary: false },
  start: { input: 'none', color: 'blue', primary: true },
  pause: { input: 'none', color: 'gray', primary: false },
  complete: { input: 'none', color: 'green', primary: true },
  approve: { input: 'none', color: 'green', primary: true },
  disapprove: { input: 'reason', color: 'orange', primary: false },
  defer: { input: 'none', color: 'gray', primary: false },
  renew: { input: 'none', color: 'blue', primary: true },
  delegate: { input: 'subordinate', color: 'gray', primary: false },
  reassign: { input: 'person', color: 'gray', primary: false },
};
