import { describe, expect, it } from 'vitest';
import { canSeeProject, projectAbilities } from '../projects/projects.policy.js';
import {
  canDeleteTask,
  canEditTask,
  canSeeTask,
  canWorkOnTask,
  taskAbilities,
  type TaskFacts,
} from './tasks.policy.js';

const people: TaskFacts['people'] = [
  { userId: 'creator', role: 'creator', departmentId: 'sales' },
  { userId: 'resp', role: 'responsible', departmentId: 'design' },
  { userId: 'helper', role: 'participant', departmentId: 'design' },
  { userId: 'watcher', role: 'observer', departmentId: null },
];
const base: TaskFacts = {
  status: 'pending',
  creatorId: 'creator',
  responsibleId: 'resp',
  requiresApproval: false,
  people,
  project: null,
};
const viewer = (id: string, managed: string[] = [], isAdmin = false) => ({
  id,
  isAdmin,
  managedDepartmentIds: managed,
});

describe('task visibility policy', () => {
  it.each([
    ['the creator', viewer('creator'), true],
    ['the responsible person', viewer('resp'), true],
    ['a participant', viewer('helper'), true],
    ['an observer', viewer('watcher'), true],
    ['an admin', viewer('x', [], true), true],
    ["the creator's manager", viewer('salesHead', ['sales']), true],
    ["the responsible person's manager up the chain", viewer('boss', ['top', 'sales', 'design']), true],
    ['a head of another department', viewer('otherHead', ['other']), false],
    ['anyone else', viewer('x'), false],
  ])('outside projects: %s → %s', (_, who, expected) => {
    expect(canSeeTask(who, base)).toBe(expected);
  });

  it.each([
    ['a member of the closed project', viewer('member'), 'member', true],
    ['a manager of its people', viewer('boss', ['sales', 'design']), null, false],
    ['the responsible person', viewer('resp'), null, true],
    ['an admin', viewer('x', [], true), null, true],
    ['anyone else', viewer('x'), null, false],
  ] as const)('in a closed project: %s → %s', (_, who, myRole, expected) => {
    const facts = { ...base, project: { visibility: 'closed' as const, archived: false, myRole } };
    expect(canSeeTask(who, facts)).toBe(expected);
  });

  it('opens tasks of an open project to every employee', () => {
    const facts = { ...base, project: { visibility: 'open' as const, archived: false, myRole: null } };
    expect(canSeeTask(viewer('anyone'), facts)).toBe(true);
  });
});

describe('task abilities', () => {
  it('lets the creator, project moderators and admins edit; the creator and admins delete', () => {
    expect(canEditTask(viewer('creator'), base)).toBe(true);
    expect(canEditTask(viewer('resp'), base)).toBe(false);
    expect(canEditTask(viewer('x', [], true), base)).toBe(true);
    const moderated = {
      ...base,
      project: { visibility: 'open' as const, archived: false, myRole: 'moderator' as const },
    };
    expect(canEditTask(viewer('mod'), moderated)).toBe(true);
    expect(canDeleteTask(viewer('mod'), moderated)).toBe(false);
    expect(canDeleteTask(viewer('creator'), base)).toBe(true);
  });

  it('lets those doing the work tick the checklist and move the card', () => {
    expect(canWorkOnTask(viewer('resp'), base)).toBe(true);
    expect(canWorkOnTask(viewer('helper'), base)).toBe(true);
    expect(canWorkOnTask(viewer('watcher'), base)).toBe(false);
  });

  it('offers delegation only to people who head a department', () => {
    expect(taskAbilities(viewer('resp'), base).actions).not.toContain('delegate');
    expect(taskAbilities(viewer('resp', ['design']), base).actions).toContain('delegate');
  });
});

describe('project policy', () => {
  const closed = { visibility: 'closed' as const, archived: false, myRole: null };
  it('hides closed projects from non-members and shows them to members and admins', () => {
    expect(canSeeProject(viewer('x'), closed)).toBe(false);
    expect(canSeeProject(viewer('x'), { ...closed, myRole: 'member' })).toBe(true);
    expect(canSeeProject(viewer('x', [], true), closed)).toBe(true);
    expect(canSeeProject(viewer('x'), { ...closed, visibility: 'open' })).toBe(true);
  });

  it('gives each role its abilities', () => {
    expect(projectAbilities(viewer('x'), { ...closed, myRole: 'owner' })).toEqual({
      edit: true,
      manageMembers: true,
      archive: true,
      createTask: true,
    });
    expect(projectAbilities(viewer('x'), { ...closed, myRole: 'moderator' })).toMatchObject({
      edit: true,
      archive: false,
    });
    expect(projectAbilities(viewer('x'), { ...closed, myRole: 'member' })).toEqual({
      edit: false,
      manageMembers: false,
      archive: false,
      createTask: true,
    });
    expect(projectAbilities(viewer('x'), { visibility: 'open', archived: true, myRole: 'owner' }).createTask).toBe(
      false,
    );
  });
});
