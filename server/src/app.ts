import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { LogController } from 'fastify';
import helmet from 'helmet';
import type { Socket } from 'node:net';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { installAuthentication, sameOriginList } from './auth/authenticate.js';
import { authRoutes } from './auth/auth.routes.js';
import type { Config } from './config.js';
import { createContext } from './context.js';
import type { Database } from './db/database.js';
import { ganttRoutes } from './gantt/gantt.routes.js';
import { installErrorHandler } from './http/error-handler.js';
import { installOpenApi } from './http/openapi.js';
import { installWebApp } from './http/web-app.js';
import { departmentRoutes } from './org/departments.routes.js';
import { officeRoutes } from './org/offices.routes.js';
import { userRoutes } from './org/users.routes.js';
import { projectRoutes } from './projects/projects.routes.js';
import { stageRoutes } from './projects/stages.routes.js';
import { taskAttachmentRoutes } from './tasks/task-attachments.routes.js';
import { taskDiscussionRoutes } from './tasks/task-discussion.routes.js';
import { taskPartsRoutes } from './tasks/task-parts.routes.js';
import { taskRoutes } from './tasks/tasks.routes.js';
import type { FileStorage } from './storage/file-storage.js';

/** JSON bodies above this are refused with 413; uploads have their own limit. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Largest photo or attachment accepted. */
export const FILE_LIMIT_BYTES = 5 * 1024 * 1024;

export interface BuildAppOptions {
  config: Config;
  database: Database;
  storage?: FileStorage;
  /** Test runs pass false to keep the output clean. */
  logger?: boolean;
  /**
   * Check every answer against its route's response schema. The tests turn it on so that any
   * drift from the contract fails them; in production the presenters already build each answer
   * field by field, and checking 50 people per page would cost a third of the request.
   */
  validateResponses?: boolean;
}

// Built once: helmet parses the policy when called, so calling it per request would redo that work.
const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine sets inline style attributes; no inline scripts are allowed.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'", 'ws:', 'wss:'],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
  // The app is served over plain HTTP on a LAN by default; HSTS is the proxy's business.
  hsts: false,
  crossOriginEmbedderPolicy: false,
});

/** Builds the whole HTTP app from the domain modules. Used by `main` and by every API test. */
export async function buildApp(options: BuildAppOptions) {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    // One line per request is noise at info level; debug and trace keep it.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    clientErrorHandler: answerMalformedRequest,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    options.validateResponses ? serializerCompiler : () => (data: unknown) => JSON.stringify(data),
  );

  const ctx = createContext(config, database, options.storage);

  installErrorHandler(app);
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: FILE_LIMIT_BYTES, files: 1, fields: 10 } });
  installAuthentication(app, ctx.db, sameOriginList(config.publicUrl));
  await installOpenApi(app);

  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  await app.register(
    async (api) => {
      await authRoutes(api, ctx);
      await officeRoutes(api, ctx);
      await departmentRoutes(api, ctx);
      await userRoutes(api, ctx);
      await projectRoutes(api, ctx);
      await stageRoutes(api, ctx);
      await ganttRoutes(api, ctx);
      await taskRoutes(api, ctx);
      await taskDiscussionRoutes(api, ctx);
      await taskPartsRoutes(api, ctx);
      await taskAttachmentRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );
  if (config.webDir) await installWebApp(app, config.webDir);
  return app;
}

/** Malformed HTTP (bad URL encoding, broken headers) still gets the contract's error body. */
function answerMalformedRequest(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return;
  const body = JSON.stringify({ error: { code: 'bad_request', message: 'Malformed HTTP request' } });
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
