import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** Serves the built renderer; any other non-API path gets index.html so the UI's own routes work on reload. */
export function mountRenderer(app: Hono, rendererDir: string): void {
  const indexFile = join(rendererDir, 'index.html');
  // Source maps stay on the build machine: served, they would hand the whole source to anyone on the network.
  app.get('*', async (c, next) => (c.req.path.endsWith('.map') ? c.text('Not found', 404) : next()));
  app.use(
    '/assets/*',
    serveStatic({
      root: rendererDir,
      // File names under assets/ carry a content hash, so they may be cached for good.
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use('*', serveStatic({ root: rendererDir, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text(`The user interface is not built (${indexFile} is missing). Run "npm run build".`, 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
