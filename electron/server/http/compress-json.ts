import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The procedures whose answers may be large (a hall's seat geometry, a session's seat status): compressed by Hono's
 * route, so the direct listener (direct-rpc.ts) leaves them to it.
 */
export const COMPRESSED_PATHS = '/api/sessions.seat';

/** Smaller answers are sent as they are: compressing them would cost more than it saves. */
const MIN_BYTES = 8 * 1024;

/**
 * Compresses large JSON answers (a stadium's seat map) for clients that accept it: brotli where offered (HTTPS on
 * the venue network), gzip otherwise (browsers offer only gzip over plain http). The work runs on libuv's
 * threads, not the event loop.
 */
export const compressJson: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  if (res.headers.has('content-encoding') || !/^application\/json\b/i.test(res.headers.get('content-type') ?? '')) return;
  const accepted = c.req.header('accept-encoding') ?? '';
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return;
  const body = Buffer.from(await res.arrayBuffer());
  const headers = new Headers(res.headers);
  headers.append('vary', 'accept-encoding');
  if (body.length < MIN_BYTES) {
    c.res = new Response(body, { status: res.status, headers });
    return;
  }
  const packed =
    encoding === 'br'
      ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : await gzipAsync(body, { level: 6 });
  headers.set('content-encoding', encoding);
  headers.set('content-length', String(packed.length));
  c.res = new Response(packed, { status: res.status, headers });
};
