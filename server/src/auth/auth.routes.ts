import { z } from 'zod';
import {
  apiTokenSchema,
  changePasswordSchema,
  createdTokenSchema,
  createTokenSchema,
  loginResultSchema,
  loginSchema,
  meSchema,
  setupSchema,
  setupStatusSchema,
} from '@artel/common';
import type { App, AppContext } from '../context.js';
import { errorResponses, noContent } from '../http/route-schemas.js';
import { HttpError, conflict, notFound, unauthorized } from '../http/errors.js';
import { presentUser } from '../org/users.present.js';
import { findUser, findUserForLogin, hasAnyUser } from '../org/users.repo.js';
import { createUser } from '../org/commands/create-user.js';
import { actorOf } from './actor.js';
import { SESSION_COOKIE } from './authenticate.js';
import { assertNotThrottled, clearAccountFailures, recordLoginFailure } from './login-throttle.js';
import { changePassword } from './commands/change-password.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { SESSION_TTL_MS, createSession, deleteSession } from './sessions.repo.js';
import { createApiToken, listApiTokens, revokeApiToken } from './tokens.repo.js';
import type { FastifyReply, FastifyRequest } from 'fastify';

const tag = { tags: ['auth'] };

/** A hash to verify against when the e-mail is unknown, so timing does not reveal accounts. */
let decoyHash: Promise<string> | undefined;

/** Sign-in, sign-out, the current user, password change, API tokens and first-run setup. */
export async function authRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx;

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        ...tag,
        summary: 'Sign in',
        body: loginSchema,
        response: { 200: loginResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      await assertNotThrottled(db, email, request.ip);
      const user = await findUserForLogin(db, email);
      decoyHash ??= hashPassword('decoy-password', ctx.config.passwordHashing);
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
      if (!user || !valid || !user.isActive) {
        await recordLoginFailure(db, email, request.ip);
        throw new HttpError(401, 'invalid_credentials', 'Wrong e-mail or password');
      }
      await clearAccountFailures(db, email);
      await startSession(ctx, request, reply, user.id);
      return { user: presentUser(user, await ctx.orgTree.get()) };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { public: true },
      schema: { ...tag, summary: 'Sign out', response: { 204: noContent, ...errorResponses } },
    },
    async (request, reply) => {
      if (request.actor?.via === 'cookie') await deleteSession(db, request.actor.credentialId);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: { ...tag, summary: 'The signed-in user', response: { 200: meSchema, ...errorResponses } } },
    async (request) => {
      const user = await findUser(db, actorOf(request).id);
      if (!user) throw unauthorized();
      return presentUser(user, await ctx.orgTree.get());
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        ...tag,
        summary: 'Change my password',
        body: changePasswordSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, actorOf(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/tokens',
    {
      schema: {
        ...tag,
        summary: 'My personal API tokens',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listApiTokens(db, actorOf(request).id) }),
  );

  app.post(
    '/me/tokens',
    {
      schema: {
        ...tag,
        summary: 'Create a personal API token (shown once)',
        body: createTokenSchema,
        response: { 201: createdTokenSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(db, actorOf(request).id, request.body.name);
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/me/tokens/:id',
    {
      schema: {
        ...tag,
        summary: 'Revoke a personal API token',
        params: z.object({ id: z.string().max(64) }),
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!(await revokeApiToken(db, actorOf(request).id, request.params.id))) throw notFound('Token');
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/setup',
    {
      config: { public: true },
      schema: {
        ...tag,
        summary: 'Whether the first admin still has to be created',
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ needsSetup: !(await hasAnyUser(db)) }),
  );

  app.post(
    '/setup',
    {
      config: { public: true },
      schema: {
        ...tag,
        summary: 'Create the first admin on an empty portal',
        body: setupSchema,
        response: { 201: loginResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (await hasAnyUser(db)) throw conflict('already_set_up', 'The portal already has users');
      const user = await createUser(ctx, null, { ...request.body, isAdmin: true, crmAccess: 'all' });
      await startSession(ctx, request, reply, user.id);
      return reply.status(201).send({ user });
    },
  );
}

async function startSession(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, userId: string) {
  const token = await createSession(ctx.db, userId, {
    userAgent: request.headers['user-agent'] ?? null,
    ip: request.ip,
  });
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}
