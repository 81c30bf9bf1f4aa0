import type { Gantt, ProjectProgress, TaskStatus, UserSummary } from '@artel/common';
import { toIso, toIsoOrNull } from '../db/values.js';
import type { ProjectRow } from '../projects/projects.repo.js';
import { ACTIVE_STATUSES, OPEN_STATUSES } from '../tasks/task-workflow.js';
import type { BurndownPoint } from './burndown.js';
import { DAY_MS } from './days.js';
import type { ProjectLinkRow, ProjectTaskRow } from './gantt.repo.js';
import type { GanttView } from './gantt-view.js';
import type { ProjectProgress as ProgressFigures } from './progress.js';

/** How many tasks the dashboard lists under "next deadlines" and people under "workload". */
export const DASHBOARD_TOP = 5;

/** Whether the reader may edit the project's tasks, for `canEdit` (mirrors `canEditTask`). */
export interface GanttReader {
  id: string;
  isAdmin: boolean;
  /** Owners and moderators edit every task of the project. */
  runsProject: boolean;
}

/** The answer of `GET /projects/:id/gantt`, built field by field. */
export function presentGantt(
  project: ProjectRow,
  tasks: readonly ProjectTaskRow[],
  links: readonly ProjectLinkRow[],
  view: GanttView,
  people: ReadonlyMap<string, UserSummary>,
  reader: GanttReader,
): Gantt {
  const editsAll = reader.isAdmin || reader.runsProject;
  // Counted here rather than read: the chart shows the subtasks inside this project.
  const subtasks = new Map<string, number>();
  for (const t of tasks) if (t.parentId !== null) subtasks.set(t.parentId, (subtasks.get(t.parentId) ?? 0) + 1);
  const inProject = new Set(tasks.map((t) => t.id));
  return {
    tasks: tasks.map((t) => {
      const v = view.tasks.get(t.id)!;
      return {
        id: t.id,
        title: t.title,
        // A parent in another project is not on this chart: the task is a root here.
        parentId: t.parentId !== null && inProject.has(t.parentId) ? t.parentId : null,
        startDate: v.startDate,
        endDate: v.endDate,
        deadline: t.deadline,
        status: t.status as TaskStatus,
        progress: v.progress,
        responsibleId: t.responsibleId,
        critical: v.critical,
        slackDays: v.slackDays,
        atRisk: v.atRisk,
        plannedStartDate: t.startDate,
        plannedEndDate: t.endDate,
        scheduled: v.slackDays !== null,
        subtaskCount: subtasks.get(t.id) ?? 0,
        canEdit: editsAll || t.creatorId === reader.id,
      };
    }),
    links: links.map((l) => ({ id: l.id, fromId: l.predecessorId, toId: l.successorId, type: l.type })),
    project: {
      id: project.id,
      name: project.name,
      startDate: toIsoOrNull(project.startDate),
      endDate: toIsoOrNull(project.endDate),
      finishDate: project.endDate
        ? toIso(project.endDate)
        : view.projectFinish === null
          ? null
          : new Date((view.projectFinish - 1) * DAY_MS).toISOString(),
      version: project.version,
    },
    people: [...people.values()],
    cycles: view.cycles,
  };
}

/** The dashboard beside the progress figures: next deadlines and workload, from the same tasks. */
export function dashboardLists(
  tasks: readonly ProjectTaskRow[],
  now: string,
): {
  nextDeadlines: ProjectProgress['nextDeadlines'];
  workload: { userId: string; open: number; overdue: number }[];
} {
  const open = tasks.filter((t) => (OPEN_STATUSES as string[]).includes(t.status));
  const isOverdue = (t: ProjectTaskRow) =>
    t.deadline !== null && t.deadline < now && (ACTIVE_STATUSES as string[]).includes(t.status);
  const nextDeadlines = open
    .filter((t) => t.deadline !== null)
    .sort((a, b) => (a.deadline! < b.deadline! ? -1 : a.deadline! > b.deadline! ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, DASHBOARD_TOP)
    .map((t) => ({
      id: t.id,
      title: t.title,
      deadline: t.deadline!,
      status: t.status as TaskStatus,
      responsibleId: t.responsibleId,
      overdue: isOverdue(t),
    }));
  const byPerson = new Map<string, { userId: string; open: number; overdue: number }>();
  for (const t of open) {
    const entry = byPerson.get(t.responsibleId) ?? { userId: t.responsibleId, open: 0, overdue: 0 };
    entry.open++;
    if (isOverdue(t)) entry.overdue++;
    byPerson.set(t.responsibleId, entry);
  }
  const workload = [...byPerson.values()]
    .sort((a, b) => b.open - a.open || b.overdue - a.overdue || (a.userId < b.userId ? -1 : 1))
    .slice(0, DASHBOARD_TOP);
  return { nextDeadlines, workload };
}

/** The answer of `GET /projects/:id/progress`. */
export function presentProgress(
  figures: ProgressFigures,
  burndown: BurndownPoint[],
  lists: ReturnType<typeof dashboardLists>,
  people: ReadonlyMap<string, UserSummary>,
): ProjectProgress {
  return {
    ...figures,
    burndown,
    nextDeadlines: lists.nextDeadlines,
    workload: lists.workload.map((w) => ({ user: people.get(w.userId)!, open: w.open, overdue: w.overdue })),
  };
}
