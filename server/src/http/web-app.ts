import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app at `/` with a fallback to `index.html`, so deep links such as
 * `/people/42` open the app; unknown `/api/…` paths keep their JSON 404.
 */
export async function installWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const root = path.resolve(webDir);
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built: run `npm run build`');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    // Hashed asset names never change content: let browsers keep them for a year.
    setHeaders(res, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      void res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `No route GET ${pathname}` } });
    }
    const file = path.join(root, pathname);
    if (file.startsWith(root + path.sep) && path.extname(pathname) && existsSync(file)) {
      return reply.sendFile(path.relative(root, file));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
