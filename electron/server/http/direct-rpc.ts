import type { IncomingMessage, RequestListener } from 'node:http';
import type { Core } from '../core';
import { BoxOfficeError } from '../../boxoffice/errors';
import { answerProcedure } from './rpc';
import { factsOfIncoming } from './request-facts';
import { errorAnswer } from './error-response';
import { refusedAtTheDoor, sendJson } from './node-answer';
import { COMPRESSED_PATHS } from './compress-json';

/**
 * The hot path of the API, `POST /api/<procedure>`, straight on node:http: the same guards, rules and answers as the
 * Hono route (answerProcedure), without building a web Request, Headers, AbortSignal and Response per call, which
 * cost more than a check-in itself. Everything else goes to `fallback` (app.ts: the event stream, then Hono's
 * listener). Headers of a procedure's own (compression of a large answer, caching) go in `sendJson` (node-answer.ts), or the
 * procedure gets a Hono route of its own and `procedureOf` leaves its path to the fallback.
 */
export function directRpc(core: Core, options: { allowedHostNames: readonly string[]; maxBodyBytes: number }, fallback: RequestListener): RequestListener {
  return (request, response) => {
    const name = request.method === 'POST' ? procedureOf(request.url) : null;
    if (name === null) {
      fallback(request, response);
      return;
    }
    const facts = factsOfIncoming(request);
    if (refusedAtTheDoor(core, request, facts, response, options.allowedHostNames)) return;
    answerProcedure(core, { ...facts, name, body: () => readBody(request, options.maxBodyBytes), connection: request.socket }).then(
      (answer) => sendJson(response, answer.status, answer.body, answer.setCookies),
      // answerProcedure answers its own failures; this is a last line that keeps the socket from hanging.
      (error: unknown) => {
        const { status, body } = errorAnswer(error, `POST ${request.url ?? ''}`);
        sendJson(response, status, body);
      },
    );
  };
}

/** The procedure a path names (`/api/<name>`, one segment, a query ignored), or null for any other path and for the answers Hono compresses. */
function procedureOf(url: string | undefined): string | null {
  if (!url?.startsWith('/api/') || url.startsWith(COMPRESSED_PATHS)) return null;
  const query = url.indexOf('?');
  const name = url.slice(5, query === -1 ? undefined : query);
  if (name === '' || name.includes('/')) return null;
  try {
    return decodeURIComponent(name);
  } catch {
    return null; // Hono answers a malformed path
  }
}

function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const tooLarge = () => new BoxOfficeError('PAYLOAD_TOO_LARGE', `The request body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => resolve(chunks.length === 1 ? (chunks[0]?.toString('utf8') ?? '') : Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}

