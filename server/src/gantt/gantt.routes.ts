import { ganttSchema, projectProgressSchema } from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { nowIso, toIso, toIsoOrNull } from '../db/values.js';
import { errorResponses, idParams } from '../http/route-schemas.js';
import { loadVisibleProject } from '../projects/project-access.js';
import { fetchUserSummaries } from '../tasks/user-refs.js';
import { computeBurndown } from './burndown.js';
import { dashboardLists, presentGantt, presentProgress } from './gantt.present.js';
import { linksWithin, loadProjectLinks, loadProjectTasks, loadTaskLifeEvents } from './gantt.repo.js';
import { buildGanttView } from './gantt-view.js';
import { computeProjectProgress } from './progress.js';

const tag = { tags: ['projects'] };

/**
 * A project's Gantt chart and progress dashboard, computed on every read from the tasks as they
 * are now — nothing is cached, so closing a task shows on the next read.
 *
 * Access: whoever may see the project (`loadVisibleProject`: 404 for a closed project to a
 * non-member, as for an unknown id) sees every task in it. That is the task visibility rule
 * itself (`canSeeTask`): a project's task is visible to its members, and to everyone when the
 * project is open — so no per-task condition is added and the tasks are one indexed range.
 */
export async function ganttRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;

  app.get(
    '/projects/:id/gantt',
    {
      schema: {
        ...tag,
        summary: 'The Gantt chart: every task with its computed schedule (critical path, slack, at risk) and links',
        params: idParams,
        response: { 200: ganttSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const project = await loadVisibleProject(db, actor, request.params.id);
      // Two queries, side by side on PostgreSQL's pool.
      const [tasks, incoming] = await Promise.all([
        loadProjectTasks(ctx.database, project.id),
        loadProjectLinks(ctx.database, project.id),
      ]);
      const links = linksWithin(incoming, tasks);
      const view = buildGanttView(tasks, links, { endDate: toIsoOrNull(project.endDate) });
      const people = await fetchUserSummaries(
        db,
        tasks.map((t) => t.responsibleId),
      );
      return presentGantt(project, tasks, links, view, people, {
        id: actor.id,
        isAdmin: actor.isAdmin,
        runsProject: project.myRole === 'owner' || project.myRole === 'moderator',
      });
    },
  );

  app.get(
    '/projects/:id/progress',
    {
      schema: {
        ...tag,
        summary: 'Progress figures, burndown from the event log, next deadlines and workload',
        params: idParams,
        response: { 200: projectProgressSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const project = await loadVisibleProject(db, actor, request.params.id);
      const [tasks, incoming, events] = await Promise.all([
        loadProjectTasks(ctx.database, project.id, { lifeDates: true }),
        loadProjectLinks(ctx.database, project.id),
        loadTaskLifeEvents(db, project.id),
      ]);
      const links = linksWithin(incoming, tasks);
      const now = nowIso();
      const endDate = toIsoOrNull(project.endDate);
      const view = buildGanttView(tasks, links, { endDate });
      const figures = computeProjectProgress(tasks, links, { endDate }, new Date(now), view.atRisk);
      const burndown = computeBurndown(project.id, events, tasks, toIso(project.startDate ?? project.createdAt), now);
      const lists = dashboardLists(tasks, now);
      const people = await fetchUserSummaries(
        db,
        lists.workload.map((w) => w.userId),
      );
      return presentProgress(figures, burndown, lists, people);
    },
  );
}
