import { z } from 'zod';
import {
  createUserSchema,
  idSchema,
  pageQuerySchema,
  pageSchema,
  updateUserSchema,
  userOrgSchema,
  userSchema,
} from '@artel/common';
import { actorOf } from '../auth/actor.js';
import type { App, AppContext } from '../context.js';
import { errorResponses, idParams } from '../http/route-schemas.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { forbidden, notFound } from '../http/errors.js';
import { createUser } from './commands/create-user.js';
import { removeUserPhoto, saveUserPhoto } from './commands/user-photo.js';
import { updateUser } from './commands/update-user.js';
import { canManageStructure } from './org.policy.js';
import { deriveManagerChain, deriveManagerId, subtreeIds } from './org-tree.js';
import { presentUser, presentUserSummary } from './users.present.js';
import { findUser, listUsers } from './users.repo.js';

const tag = { tags: ['organisation'] };
const cursorShape = z.object({ s: z.string(), i: z.string() });

const listQuery = pageQuerySchema.extend({
  q: z.string().max(200).optional(),
  departmentId: idSchema.optional(),
  officeId: idSchema.optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

/** The people directory, profiles, accounts and photos. */
export async function userRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;

  app.get(
    '/users',
    {
      schema: {
        ...tag,
        summary: 'The people directory, by name',
        querystring: listQuery,
        response: { 200: pageSchema(userSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, q, departmentId, officeId, includeInactive } = request.query;
      const after = cursor ? decodeCursor(cursor, cursorShape) : undefined;
      const rows = await listUsers(db, {
        q,
        departmentId,
        officeId,
        includeInactive: includeInactive === 'true',
        after: after && { sortName: after.s, id: after.i },
        limit,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const tree = await ctx.orgTree.get();
      return {
        items: page.map((row) => presentUser(row, tree)),
        nextCursor: rows.length > limit && last ? encodeCursor({ s: last.sortName, i: last.id }) : null,
      };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        ...tag,
        summary: 'Open an account (admin)',
        body: createUserSchema,
        response: { 201: userSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!canManageStructure(actor)) throw forbidden('Only admins open accounts');
      return reply.status(201).send(await createUser(ctx, actor.id, request.body));
    },
  );

  app.get(
    '/users/:id',
    { schema: { ...tag, summary: 'One person', params: idParams, response: { 200: userSchema, ...errorResponses } } },
    async (request) => {
      const row = await findUser(db, request.params.id);
      if (!row) throw notFound('User');
      return presentUser(row, await ctx.orgTree.get());
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        ...tag,
        summary: 'Change a profile (own fields, or anything as admin)',
        params: idParams,
        body: updateUserSchema,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => updateUser(ctx, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/users/:id/org',
    {
      schema: {
        ...tag,
        summary: "A person's managers up to the top, and their direct reports",
        params: idParams,
        response: { 200: userOrgSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = await findUser(db, request.params.id);
      if (!user) throw notFound('User');
      return userOrg(ctx, user.id, user.departmentId);
    },
  );

  app.put(
    '/users/:id/photo',
    {
      schema: {
        ...tag,
        summary: 'Upload a photo (multipart field "file": PNG, JPEG or WebP, up to 5 MB)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => saveUserPhoto(ctx, actorOf(request), request.params.id, await request.file()),
  );

  app.delete(
    '/users/:id/photo',
    {
      schema: {
        ...tag,
        summary: 'Remove the photo',
        params: idParams,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => removeUserPhoto(ctx, actorOf(request), request.params.id),
  );

  app.get(
    '/users/:id/photo',
    {
      schema: {
        ...tag,
        summary: "A person's photo",
        params: idParams,
        querystring: z.object({ v: z.string().max(20).optional() }),
      },
    },
    async (request, reply) => {
      const row = await db
        .selectFrom('users')
        .select(['photoFile'])
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row?.photoFile) throw notFound('Photo');
      const type = row.photoFile.endsWith('.png')
        ? 'image/png'
        : row.photoFile.endsWith('.webp')
          ? 'image/webp'
          : 'image/jpeg';
      return reply
        .type(type)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(ctx.storage.read(row.photoFile));
    },
  );
}

/**
 * Managers are always department heads, so the chain needs only the heads' rows; reports can only
 * sit in departments below one the person heads.
 */
async function userOrg(ctx: AppContext, userId: string, departmentId: string | null) {
  const tree = await ctx.orgTree.get();
  const summaryColumns = ['id', 'name', 'position', 'photoFile', 'version', 'departmentId'] as const;
  const headIds = [...new Set([...tree.values()].flatMap((d) => (d.headId ? [d.headId] : [])))];
  const heads = headIds.length
    ? await ctx.db.selectFrom('users').select(summaryColumns).where('id', 'in', headIds).execute()
    : [];
  const headById = new Map(heads.map((u) => [u.id, u]));
  const chain = deriveManagerChain(tree, userId, departmentId, (id) => headById.get(id)?.departmentId ?? null);
  const headed = [...tree.values()].filter((d) => d.headId === userId).map((d) => d.id);
  const candidates = [...new Set(headed.flatMap((id) => subtreeIds(tree, id)))];
  const inScope = candidates.length
    ? await ctx.db
        .selectFrom('users')
        .select(summaryColumns)
        .where('departmentId', 'in', candidates)
        .where('isActive', '=', true)
        .orderBy('sortName')
        .execute()
    : [];
  const reports = inScope.filter((u) => u.id !== userId && deriveManagerId(tree, u.id, u.departmentId) === userId);
  return {
    managerChain: chain.flatMap((id) => {
      const head = headById.get(id);
      return head ? [presentUserSummary(head)] : [];
    }),
    directReports: reports.map(presentUserSummary),
  };
}
