import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { HttpError, unauthorized } from '../http/errors.js';
import type { Actor } from './actor.js';
import { findSessionOwner, touchSession, type CredentialOwner } from './sessions.repo.js';
import { findTokenOwner, touchApiToken } from './tokens.repo.js';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'artel_session';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves who is calling (session cookie or bearer token) before the body is even read, refuses
 * anonymous calls to non-public routes with 401, and refuses cookie-authenticated writes from a
 * foreign origin with 403 — so a forged cross-site form can change nothing.
 */
export function installAuthentication(
  app: FastifyInstance,
  db: Kysely<DB>,
  allowedOrigins: (request: FastifyRequest) => string[],
): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const isPublic = request.routeOptions.config?.public === true;
    // The web app, its assets and the API docs are public; the API itself is not.
    if (!request.url.startsWith('/api/v1/')) return;
    const bearer = bearerToken(request);
    const cookie = request.cookies[SESSION_COOKIE];
    if (UNSAFE_METHODS.has(request.method) && !bearer && (cookie || isPublic)) {
      assertSameOrigin(request, allowedOrigins(request), Boolean(cookie));
    }
    const owner = bearer ? await findTokenOwner(db, bearer) : cookie ? await findSessionOwner(db, cookie) : undefined;
    if (bearer && !owner) throw unauthorized('The API token is unknown, revoked or expired');
    if (owner) {
      request.actor = toActor(owner, bearer ? 'token' : 'cookie');
      await (bearer ? touchApiToken(db, owner) : touchSession(db, owner));
    }
    if (!request.actor && !isPublic && request.routeOptions.url) throw unauthorized();
  });
}

function toActor(owner: CredentialOwner, via: Actor['via']): Actor {
  return {
    id: owner.userId,
    isAdmin: owner.isAdmin,
    departmentId: owner.departmentId,
    crmAccess: owner.crmAccess,
    via,
    credentialId: owner.credentialId,
    orgRevision: owner.orgRevision,
  };
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthorized('Authorization header must be "Bearer <token>"');
  return match[1];
}

/**
 * A browser always sends `Origin` on cross-site writes, so a mismatch is refused. A write that
 * carries a session cookie but no `Origin` at all is refused too: browsers send it on every
 * POST/PUT/PATCH/DELETE, so its absence means a non-browser replaying a cookie.
 */
function assertSameOrigin(request: FastifyRequest, allowed: string[], hasCookie: boolean): void {
  const origin = request.headers.origin;
  if (origin === undefined) {
    if (!hasCookie) return;
    throw new HttpError(403, 'origin_mismatch', 'Cookie-authenticated writes must send Origin');
  }
  if (!allowed.includes(origin)) {
    throw new HttpError(403, 'origin_mismatch', `Requests from origin ${origin} are not allowed`);
  }
}

/** The origins a write may come from: the one the request was addressed to, and the public URL. */
export function sameOriginList(publicUrl: string | undefined) {
  const extra = publicUrl ? [new URL(publicUrl).origin] : [];
  return (request: FastifyRequest): string[] => {
    const host = request.headers.host;
    return host ? [`${request.protocol}://${host}`, ...extra] : extra;
  };
}
