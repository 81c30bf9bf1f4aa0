import type { CrmAccess } from '@artel/common';
import type { Actor } from '../../auth/actor.js';
import type { AppContext } from '../../context.js';
import { managedDepartmentIds } from '../../org/managed-departments.js';
import { createProject } from '../../projects/commands/create-project.js';
import { addProjectMember } from '../../projects/commands/project-members.js';
import { addStage, deleteStage, updateStage } from '../../projects/commands/project-stages.js';
import { listStages } from '../../projects/projects.repo.js';
import { addComment } from '../../tasks/commands/add-comment.js';
import { addChecklistItem, updateChecklistItem } from '../../tasks/commands/checklist.js';
import { createTask } from '../../tasks/commands/create-task.js';
import { addDependency } from '../../tasks/commands/dependencies.js';
import { moveTask } from '../../tasks/commands/move-task.js';
import { runTaskAction } from '../../tasks/commands/run-action.js';
import { updateTask } from '../../tasks/commands/update-task.js';
import type { TaskViewer } from '../../tasks/tasks.policy.js';
import type { DemoProject, DemoStep, DemoTask } from './spec.js';
import { StoryCalendar, Timeline } from './timeline.js';

/** A demo employee as the commands need them. */
export interface DemoAccount {
  id: string;
  isAdmin: boolean;
  departmentId: string;
  crmAccess: CrmAccess;
}

/** The stage a started card moves to, when the project's board has it. */
const WORKING_STAGE = 'В работе';

/**
 * Replays the stories of `projects` and `tasks` through the ordinary project and task commands,
 * each write at the moment the story gives it, by the person who would have made it. Every status
 * is reached through the workflow (accept, start, complete, approve, decline, …), so the event log
 * and each task's history are exactly what the portal would have recorded.
 */
export async function loadDemoWork(
  ctx: AppContext,
  accounts: ReadonlyMap<string, DemoAccount>,
  projects: readonly DemoProject[],
  tasks: readonly DemoTask[],
  now = new Date(),
): Promise<{ projects: number; tasks: number }> {
  const calendar = new StoryCalendar(now);
  const timeline = new Timeline((instant) => calendar.recorded(instant));
  const tree = await ctx.orgTree.get();
  const projectIds = new Map<string, string>();
  const stageIds = new Map<string, Map<string, string>>();
  const taskIds = new Map<string, string>();
  const checklistIds = new Map<string, Map<string, string>>();

  const account = (name: string): DemoAccount => {
    const found = accounts.get(name);
    if (!found) throw new Error(`no demo employee named ${name}`);
    return found;
  };
  const viewer = (name: string): TaskViewer => {
    const { id, isAdmin } = account(name);
    return { id, isAdmin, managedDepartmentIds: managedDepartmentIds(tree, id), tree };
  };
  // People act here without a request, so there is no session or token behind them.
  const actor = (name: string): Actor => ({ ...account(name), via: 'token', credentialId: '' });
  const known = <T>(map: ReadonlyMap<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`${what} ${key} does not exist yet`);
    return value;
  };
  const taskId = (key: string) => known(taskIds, key, 'task');

  for (const p of projects) {
    timeline.add(`project:${p.key}`, calendar.instant(p, `project ${p.key}`), `create project ${p.key}`, async () => {
      const id = await createProject(ctx, actor(p.owner), {
        name: p.name,
        description: p.description,
        visibility: p.visibility,
        memberIds: p.members.map((m) => account(m).id),
        startDate: calendar.date(p.dates[0]),
        endDate: calendar.date(p.dates[1]),
      });
      projectIds.set(p.key, id);
      for (const m of p.moderators) {
        await addProjectMember(ctx, actor(p.owner), id, { userId: account(m).id, role: 'moderator' });
      }
      stageIds.set(p.key, await shapeBoard(ctx, actor(p.owner), id, p.stages));
    });
  }

  const stageOf = (projectKey: string, name: string) =>
    known(known(stageIds, projectKey, 'project'), name, `stage of ${projectKey}:`);

  /** Puts a card at the end of a stage, as a drag to the bottom of the column would. */
  const moveToStage = async (task: DemoTask, by: string, stage: string) => {
    if (!task.project) throw new Error(`task ${task.key} has no board`);
    const stageId = stageOf(task.project, stage);
    const last = await ctx.db
      .selectFrom('tasks')
      .select('id')
      .where('stageId', '=', stageId)
      .where('id', '!=', taskId(task.key))
      .orderBy('stagePosition', 'desc')
      .limit(1)
      .executeTakeFirst();
    await moveTask(ctx, viewer(by), taskId(task.key), { stageId, afterId: last?.id ?? null });
  };

  for (const t of tasks) {
    const thread = `task:${t.key}`;
    const created = calendar.instant(t, `task ${t.key}`);
    timeline.add(thread, created, `set task ${t.key}`, async () => {
      const task = await createTask(ctx, viewer(t.creator), {
        title: t.title,
        description: t.description,
        responsibleId: account(t.responsible).id,
        participantIds: (t.participants ?? []).map((n) => account(n).id),
        observerIds: (t.observers ?? []).map((n) => account(n).id),
        projectId: t.project ? known(projectIds, t.project, 'project') : null,
        parentId: t.parent ? taskId(t.parent) : null,
        startDate: t.plan ? calendar.date(t.plan[0]) : null,
        endDate: t.plan ? calendar.date(t.plan[1]) : null,
        deadline: t.deadline === undefined ? null : calendar.deadline(t.deadline),
        priority: t.priority ?? 'normal',
        requiresApproval: t.requiresApproval ?? false,
        tags: t.tags ?? [],
      });
      taskIds.set(t.key, task.id);
    });
    if (t.checklist?.length) {
      timeline.add(thread, created, `checklist of ${t.key}`, async () => {
        const items = new Map<string, string>();
        for (const title of t.checklist!) {
          items.set(title, await addChecklistItem(ctx, viewer(t.creator), taskId(t.key), title));
        }
        checklistIds.set(t.key, items);
      });
    }
    for (const link of t.after ?? []) {
      timeline.add(thread, created, `link ${link.task} → ${t.key}`, async () => {
        await addDependency(ctx, viewer(t.creator), taskId(t.key), {
          predecessorId: taskId(link.task),
          type: link.type ?? 'FS',
        });
      });
    }
    if (t.stage) {
      const stage = t.stage;
      timeline.add(thread, created, `place ${t.key} in ${stage}`, () => moveToStage(t, t.creator, stage));
    }
    for (const [index, step] of (t.steps ?? []).entries()) {
      const what = `step ${index + 1} of ${t.key}`;
      timeline.add(thread, calendar.instant(step, what), what, () => playStep(t, step));
    }
  }

  async function playStep(t: DemoTask, step: DemoStep): Promise<void> {
    const id = taskId(t.key);
    const by = viewer(step.by);
    if ('action' in step) {
      await runTaskAction(ctx, by, id, step.action, {
        reason: 'reason' in step ? step.reason : undefined,
        responsibleId: 'to' in step ? account(step.to).id : undefined,
      });
      if (!t.project) return;
      const { status } = await ctx.db
        .selectFrom('tasks')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const project = projects.find((p) => p.key === t.project)!;
      if (status === 'completed') await moveToStage(t, step.by, project.stages.at(-1)!);
      else if (step.action === 'start' && project.stages.includes(WORKING_STAGE))
        await moveToStage(t, step.by, WORKING_STAGE);
    } else if ('comment' in step) {
      const body = step.comment.replace(/@\{([^}]+)\}/g, (_, name: string) => `@[${name}](user:${account(name).id})`);
      await addComment(ctx, by, id, { body });
    } else if ('check' in step) {
      const items = known(checklistIds, t.key, 'checklist of');
      const item = [...items].find(([title]) => title.startsWith(step.check));
      if (!item) throw new Error(`no checklist item "${step.check}" in ${t.key}`);
      await updateChecklistItem(ctx, by, id, item[1], { done: true });
    } else if ('replan' in step) {
      const { version } = await ctx.db
        .selectFrom('tasks')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const { start, end, deadline } = step.replan;
      await updateTask(ctx, by, id, {
        version,
        ...(start === undefined ? {} : { startDate: calendar.date(start) }),
        ...(end === undefined ? {} : { endDate: calendar.date(end) }),
        ...(deadline === undefined ? {} : { deadline: calendar.deadline(deadline) }),
      });
    } else {
      await moveToStage(t, step.by, step.move);
    }
  }

  await timeline.play();
  return { projects: projectIds.size, tasks: taskIds.size };
}

/**
 * Gives a new project's board the story's columns: the default stages are renamed in place,
 * missing ones added and extra ones removed, each through the stage commands.
 */
async function shapeBoard(
  ctx: AppContext,
  owner: Actor,
  projectId: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const existing = await listStages(ctx.db, projectId);
  for (const [i, stage] of existing.entries()) {
    const name = names[i];
    if (name === undefined) await deleteStage(ctx, owner, projectId, stage.id);
    else if (name !== stage.name) await updateStage(ctx, owner, projectId, stage.id, { name, version: stage.version });
  }
  for (const name of names.slice(existing.length)) await addStage(ctx, owner, projectId, name);
  const stages = await listStages(ctx.db, projectId);
  return new Map(stages.map((s) => [s.name, s.id]));
}
