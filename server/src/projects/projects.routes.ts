import { z } from 'zod';
import {
  addProjectMemberSchema,
  createProjectSchema,
  idSchema,
  pageQuerySchema,
  pageSchema,
  projectMemberSchema,
  projectSchema,
  updateProjectMemberSchema,
  updateProjectSchema,
} from '@artel/common';
import { actorOf, type Actor } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { errorResponses, idParams, noContent } from '../http/route-schemas.js';
import { addProjectMember, removeProjectMember, updateProjectMember } from './commands/project-members.js';
import { createProject } from './commands/create-project.js';
import { updateProject } from './commands/update-project.js';
import { loadVisibleProject } from './project-access.js';
import { presentMember, presentProjects } from './projects.present.js';
import { listProjects } from './projects.repo.js';

const tag = { tags: ['projects'] };
const cursorShape = z.object({ s: z.string(), i: z.string() });
const memberParams = z.object({ id: idSchema, userId: idSchema });

const listQuery = pageQuerySchema.extend({
  q: z.string().max(200).optional(),
  archived: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
});

/** Projects (workgroups) and their members. */
export async function projectRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const presentOne = async (actor: Actor, id: string) =>
    (await presentProjects(db, actor, [await loadVisibleProject(db, actor, id)]))[0]!;

  app.get(
    '/projects',
    {
      schema: {
        ...tag,
        summary: 'Projects you may see, by name',
        querystring: listQuery,
        response: { 200: pageSchema(projectSchema), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor, q, archived, mine } = request.query;
      const after = cursor ? decodeCursor(cursor, cursorShape) : undefined;
      const rows = await listProjects(db, {
        viewerId: actor.id,
        isAdmin: actor.isAdmin,
        q,
        archived: archived === 'true',
        mine: mine === 'true',
        after: after && { sortName: after.s, id: after.i },
        limit,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: await presentProjects(db, actor, page),
        nextCursor: rows.length > limit && last ? encodeCursor({ s: last.sortName, i: last.id }) : null,
      };
    },
  );

  app.post(
    '/projects',
    {
      schema: {
        ...tag,
        summary: 'Create a project; you become its owner',
        body: createProjectSchema,
        response: { 201: projectSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const id = await createProject(ctx, actor, request.body);
      return reply.status(201).send(await presentOne(actor, id));
    },
  );

  app.get(
    '/projects/:id',
    {
      schema: { ...tag, summary: 'One project', params: idParams, response: { 200: projectSchema, ...errorResponses } },
    },
    async (request) => presentOne(actorOf(request), request.params.id),
  );

  app.patch(
    '/projects/:id',
    {
      schema: {
        ...tag,
        summary: 'Change a project (owner, moderators, admins)',
        params: idParams,
        body: updateProjectSchema,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await updateProject(ctx, actor, request.params.id, request.body);
      return presentOne(actor, request.params.id);
    },
  );

  app.get(
    '/projects/:id/members',
    {
      schema: {
        ...tag,
        summary: "A project's members, by name",
        params: idParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(projectMemberSchema), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadVisibleProject(db, actor, request.params.id);
      const { limit, cursor } = request.query;
      const after = cursor ? decodeCursor(cursor, cursorShape) : undefined;
      let query = db
        .selectFrom('projectMembers as m')
        .innerJoin('users as u', 'u.id', 'm.userId')
        .select(['m.userId', 'm.role', 'm.addedAt', 'u.name', 'u.position', 'u.photoFile', 'u.version', 'u.sortName'])
        .where('m.projectId', '=', request.params.id);
      if (after) {
        query = query.where((eb) =>
          eb.or([
            eb('u.sortName', '>', after.s),
            eb.and([eb('u.sortName', '=', after.s), eb('m.userId', '>', after.i)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('u.sortName')
        .orderBy('m.userId')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(presentMember),
        nextCursor: rows.length > limit && last ? encodeCursor({ s: last.sortName, i: last.userId }) : null,
      };
    },
  );

  app.post(
    '/projects/:id/members',
    {
      schema: {
        ...tag,
        summary: 'Add a member or moderator (owner, moderators, admins)',
        params: idParams,
        body: addProjectMemberSchema,
        response: { 201: projectMemberSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await addProjectMember(ctx, actor, request.params.id, request.body);
      return reply.status(201).send(await loadMember(ctx, request.params.id, request.body.userId));
    },
  );

  app.patch(
    '/projects/:id/members/:userId',
    {
      schema: {
        ...tag,
        summary: "Change a member's role",
        params: memberParams,
        body: updateProjectMemberSchema,
        response: { 200: projectMemberSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, userId } = request.params;
      await updateProjectMember(ctx, actorOf(request), id, userId, request.body.role);
      return loadMember(ctx, id, userId);
    },
  );

  app.delete(
    '/projects/:id/members/:userId',
    {
      schema: {
        ...tag,
        summary: 'Remove a member (or leave); the owner stays',
        params: memberParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeProjectMember(ctx, actorOf(request), request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
}

async function loadMember(ctx: AppContext, projectId: string, userId: string) {
  const row = await ctx.db
    .selectFrom('projectMembers as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['m.userId', 'm.role', 'm.addedAt', 'u.name', 'u.position', 'u.photoFile', 'u.version'])
    .where('m.projectId', '=', projectId)
    .where('m.userId', '=', userId)
    .executeTakeFirstOrThrow();
  return presentMember(row);
}
