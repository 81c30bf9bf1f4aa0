import { TASK_ACTIONS, TASK_STATUSES, type TaskAction, type TaskStatus } from '@artel/common';
import { describe, expect, it } from 'vitest';
import {
  availableActions,
  completionStatus,
  decideAction,
  initialStatus,
  type WorkflowRoles,
} from './task-workflow.js';

const task = (status: TaskStatus, requiresApproval = false, creatorId = 'c', responsibleId = 'r') => ({
  status,
  requiresApproval,
  creatorId,
  responsibleId,
});
const RESPONSIBLE: WorkflowRoles = { isCreator: false, isResponsible: true, isAdmin: false };
const CREATOR: WorkflowRoles = { isCreator: true, isResponsible: false, isAdmin: false };
const ADMIN: WorkflowRoles = { isCreator: false, isResponsible: false, isAdmin: true };
const OTHER: WorkflowRoles = { isCreator: false, isResponsible: false, isAdmin: false };

/** action → statuses it runs from → where it leads (for a plain task without approval). */
const ALLOWED: Record<TaskAction, { who: WorkflowRoles[]; from: Partial<Record<TaskStatus, TaskStatus>> }> = {
  accept: { who: [RESPONSIBLE], from: { new: 'pending' } },
  decline: { who: [RESPONSIBLE], from: { new: 'declined' } },
  start: { who: [RESPONSIBLE], from: { pending: 'in_progress' } },
  pause: { who: [RESPONSIBLE], from: { in_progress: 'pending' } },
  complete: { who: [RESPONSIBLE], from: { pending: 'completed', in_progress: 'completed' } },
  approve: { who: [CREATOR, ADMIN], from: { awaiting_control: 'completed' } },
  disapprove: { who: [CREATOR, ADMIN], from: { awaiting_control: 'pending' } },
  defer: { who: [RESPONSIBLE, CREATOR, ADMIN], from: { pending: 'deferred', in_progress: 'deferred' } },
  renew: { who: [RESPONSIBLE, CREATOR, ADMIN], from: { deferred: 'pending' } },
  delegate: { who: [RESPONSIBLE], from: { new: 'pending', pending: 'pending', in_progress: 'pending' } },
  reassign: {
    who: [CREATOR, ADMIN],
    from: { new: 'new', pending: 'new', in_progress: 'new', awaiting_control: 'new', deferred: 'new', declined: 'new' },
  },
};

describe('task workflow', () => {
  const roleNames = new Map([
    [RESPONSIBLE, 'responsible'],
    [CREATOR, 'creator'],
    [ADMIN, 'admin'],
    [OTHER, 'someone else'],
  ]);
  const cases = TASK_ACTIONS.flatMap((action) =>
    [RESPONSIBLE, CREATOR, ADMIN, OTHER].flatMap((roles) =>
      TASK_STATUSES.map((status) => ({ action, roles, status, who: roleNames.get(roles)! })),
    ),
  );

  it.each(cases)('$action by $who from $status', ({ action, roles, status }) => {
    const decision = decideAction(action, task(status), roles);
    const rule = ALLOWED[action];
    const reopening = action === 'renew' && status === 'completed';
    if (reopening) {
      // Reopening finished work: the creator's (or an admin's) call, not the one who finished it.
      expect(decision).toEqual(
        roles === CREATOR || roles === ADMIN
          ? { allowed: true, to: 'pending' }
          : { allowed: false, reason: 'forbidden' },
      );
      return;
    }
    if (!rule.who.includes(roles)) expect(decision).toEqual({ allowed: false, reason: 'forbidden' });
    else if (!(status in rule.from)) expect(decision).toEqual({ allowed: false, reason: 'invalid_transition' });
    else expect(decision).toEqual({ allowed: true, to: rule.from[status] });
  });

  it('sends completion to control only with approval required and a creator other than the responsible', () => {
    expect(completionStatus(task('in_progress', true))).toBe('awaiting_control');
    expect(completionStatus(task('in_progress', true, 'same', 'same'))).toBe('completed');
    expect(completionStatus(task('in_progress', false))).toBe('completed');
    expect(decideAction('complete', task('pending', true), RESPONSIBLE)).toEqual({
      allowed: true,
      to: 'awaiting_control',
    });
  });

  it('restarts a reassigned task with the status the new reporting line gives', () => {
    expect(decideAction('reassign', task('declined'), CREATOR, 'pending')).toEqual({ allowed: true, to: 'pending' });
    expect(decideAction('reassign', task('completed'), CREATOR, 'pending')).toEqual({
      allowed: false,
      reason: 'invalid_transition',
    });
  });

  it('starts pending for oneself or a subordinate, new otherwise', () => {
    expect(initialStatus(true)).toBe('pending');
    expect(initialStatus(false)).toBe('new');
  });

  it('offers exactly the buttons that work', () => {
    expect(availableActions(task('new'), RESPONSIBLE)).toEqual(['accept', 'decline', 'delegate']);
    expect(availableActions(task('new'), CREATOR)).toEqual(['reassign']);
    expect(availableActions(task('in_progress'), RESPONSIBLE)).toEqual(['pause', 'complete', 'defer', 'delegate']);
    expect(availableActions(task('awaiting_control'), CREATOR)).toEqual(['approve', 'disapprove', 'reassign']);
    expect(availableActions(task('completed'), RESPONSIBLE)).toEqual([]);
    expect(availableActions(task('completed'), CREATOR)).toEqual(['renew']);
    expect(availableActions(task('pending'), OTHER)).toEqual([]);
    const both = { isCreator: true, isResponsible: true, isAdmin: false };
    expect(availableActions(task('pending', true, 'me', 'me'), both)).toEqual([
      'start',
      'complete',
      'defer',
      'delegate',
      'reassign',
    ]);
  });
});
