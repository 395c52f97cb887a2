import { Hono } from 'hono';
import { getRequestListener } from '@hono/node-server';
import type { RequestListener } from 'node:http';
import { directRpc } from './http/direct-rpc';
import { bodyLimit } from 'hono/body-limit';
import type { Core } from './core';
import { BoxOfficeError } from '../boxoffice/errors';
import { dispatch } from './http/rpc';
import { isEventsStreamRequest, serveEventsStream } from './http/events-stream';
import { recordRefusal, requestRefusal } from './http/request-guard';
import { peerAddress } from './http/request-info';
import { securityHeaders } from './http/security-headers';
import { mountRenderer } from './http/static-files';
import { toErrorResponse } from './http/error-response';
import { COMPRESSED_PATHS, compressJson } from './http/compress-json';

/** Seat layouts are the largest inputs: an arena of 60,000 seats is ≈ 2 MiB of CSV. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

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
    const header = (name: string) => c.req.header(name);
    const refusal = requestRefusal(header, allowedNames);
    if (refusal) {
      recordRefusal(core, refusal, c.req.path, header, peerAddress(c));
      throw refusal;
    }
    await next();
  });

  app.get('/api/health', (c) => c.json({ ok: true, version: core.version }));
  // Only the seat map's answers are large enough to gain from compression (a stadium's geometry is megabytes of JSON).
  app.use(`${COMPRESSED_PATHS}*`, compressJson);
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

/**
 * The core's node:http listener: the API's procedures and the event stream on direct paths (http/direct-rpc.ts,
 * http/events-stream.ts), everything else through the Hono app.
 */
export function createRequestListener(core: Core, options: AppOptions = {}): RequestListener {
  const honoListener = getRequestListener(createApp(core, options).fetch);
  const allowedHostNames = options.allowedHostNames ?? [];
  return directRpc(core, { allowedHostNames, maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES }, (request, response) => {
    if (isEventsStreamRequest(request)) serveEventsStream(core, request, response, { allowedHostNames });
    else void honoListener(request, response);
  });
}
