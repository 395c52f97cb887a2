import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Core } from './core';
import { BoxOfficeError } from '../boxoffice/errors';
import { dispatch } from './http/rpc';
import { eventsStream } from './http/events-stream';
import { isAllowedHost, isSameOrigin } from './http/request-guard';
import { peerAddress } from './http/request-info';
import { securityHeaders } from './http/security-headers';
import { mountRenderer } from './http/static-files';
import { toErrorResponse } from './http/error-response';
import { compressJson } from './http/compress-json';

/** Seat layouts are the largest inputs: an arena of 60,000 seats is ≈ 2 MiB of CSV. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  /** The built renderer (index.html and assets/); omitted in API-only tests. */
  rendererDir?: string;
  /** Host names besides IP literals and localhost that may address this core (LAN names). */
  allowedHostNames?: readonly string[];
  /** Largest accepted request body in bytes (seat layouts are the largest inputs). */
  maxBodyBytes?: number;
}

/** The core's HTTP app: security guards, the typed API, the event stream and the renderer. */
export function createApp(core: Core, options: AppOptions = {}): Hono {
  const app = new Hono();
  const allowedNames = options.allowedHostNames ?? [];

  app.onError((error, c) => toErrorResponse(c, error, (kind) => core.storage.noted(kind)));
  app.notFound((c) => toErrorResponse(c, new BoxOfficeError('NOT_FOUND', `Nothing is served at ${c.req.path}.`)));
  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    const host = c.req.header('host');
    const refusal = !isAllowedHost(host, allowedNames)
      ? new BoxOfficeError('FORBIDDEN_HOST', `This box office does not answer to the host name "${host ?? ''}".`)
      : !isSameOrigin(c.req.header('origin'), host, c.req.header('sec-fetch-site'))
        ? new BoxOfficeError('FORBIDDEN_ORIGIN', 'Requests from other web sites are refused.')
        : null;
    if (refusal) {
      core.refusals.record({ action: 'http.refused', target: c.req.path, reason: refusal.code, detail: { host: host ?? null, origin: c.req.header('origin') ?? null }, address: peerAddress(c) });
      throw refusal;
    }
    await next();
  });

  app.get('/api/health', (c) => c.json({ ok: true, version: core.version }));
  app.get('/api/events', (c) => eventsStream(c, core));
  // Only the seat map's answers are large enough to gain from compression (a stadium's geometry is megabytes of JSON).
  app.use('/api/sessions.seat*', compressJson);
  app.post(
    '/api/:name',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES,
      onError: () => {
        throw new BoxOfficeError('PAYLOAD_TOO_LARGE', `The request body is larger than ${Math.round((options.maxBodyBytes ?? MAX_BODY_BYTES) / 1024)} KiB.`);
      },
    }),
    (c) => dispatch(c, core),
  );
  app.all('/api/*', (c) => toErrorResponse(c, new BoxOfficeError('NOT_FOUND', `No API route ${c.req.method} ${c.req.path}.`)));
  if (options.rendererDir) mountRenderer(app, options.rendererDir);
  return app;
}
