import type { FastifyRequest } from 'fastify';
import type { CrmAccess } from '@artel/common';
import { unauthorized } from '../http/errors.js';

/** The signed-in person behind a request, with what policies need to decide. */
export interface Actor {
  id: string;
  isAdmin: boolean;
  departmentId: string | null;
  crmAccess: CrmAccess;
  /** How the request proved who it is; cookie writes get the same-origin check. */
  via: 'cookie' | 'token';
  /** The session or token row, so logout and revocation know what to end. */
  credentialId: string;
  /** The org structure's revision when the request was authenticated (see `OrgTreeCache.get`). */
  orgRevision?: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without signing in (login, health, first-run setup). */
    public?: boolean;
  }
}

/** The actor of a route that requires sign-in (guaranteed by the authentication hook). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}
