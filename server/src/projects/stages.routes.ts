import { z } from 'zod';
import { createStageSchema, idSchema, stageSchema, updateStageSchema } from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { errorResponses, idParams, noContent } from '../http/route-schemas.js';
import { notFound } from '../http/errors.js';
import { addStage, deleteStage, updateStage } from './commands/project-stages.js';
import { loadVisibleProject } from './project-access.js';
import { presentStage } from './projects.present.js';
import { listStages, stageTaskCounts } from './projects.repo.js';

const tag = { tags: ['projects'] };
const stageParams = z.object({ id: idSchema, stageId: idSchema });

/** The columns of a project's board. */
export async function stageRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const loadStage = async (projectId: string, stageId: string) => {
    const stage = (await listStages(db, projectId)).find((s) => s.id === stageId);
    if (!stage) throw notFound('Stage');
    return presentStage(stage, await stageTaskCounts(db, projectId));
  };

  app.get(
    '/projects/:id/stages',
    {
      schema: {
        ...tag,
        summary: "The project's board stages, in order",
        params: idParams,
        response: { 200: z.object({ items: z.array(stageSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await loadVisibleProject(db, actorOf(request), request.params.id);
      const [stages, counts] = await Promise.all([
        listStages(db, request.params.id),
        stageTaskCounts(db, request.params.id),
      ]);
      return { items: stages.map((s) => presentStage(s, counts)) };
    },
  );

  app.post(
    '/projects/:id/stages',
    {
      schema: {
        ...tag,
        summary: 'Add a stage at the end of the board',
        params: idParams,
        body: createStageSchema,
        response: { 201: stageSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = await addStage(ctx, actorOf(request), request.params.id, request.body.name);
      return reply.status(201).send(await loadStage(request.params.id, id));
    },
  );

  app.patch(
    '/projects/:id/stages/:stageId',
    {
      schema: {
        ...tag,
        summary: 'Rename a stage or move it to another index',
        params: stageParams,
        body: updateStageSchema,
        response: { 200: stageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, stageId } = request.params;
      await updateStage(ctx, actorOf(request), id, stageId, request.body);
      return loadStage(id, stageId);
    },
  );

  app.delete(
    '/projects/:id/stages/:stageId',
    {
      schema: {
        ...tag,
        summary: 'Delete a stage; its tasks move to the first stage',
        params: stageParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteStage(ctx, actorOf(request), request.params.id, request.params.stageId);
      return reply.status(204).send(null);
    },
  );
}
