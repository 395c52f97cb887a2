import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultController } from './faults/controller';
import { FAULT_GRAMMAR, FaultSpecError } from './faults/spec';
import { readBody, sendHtml, sendJson } from './http-io';
import type { Inspection } from './inspect';
import { inspectionPage } from './inspect-html';

/** The prefix of the sandbox's own endpoints; no platform path starts with it. */
export const ADMIN_PREFIX = '/__sandbox';

export interface AdminContext {
  enabled: boolean;
  faults: FaultController;
  inspect: () => Inspection;
  expireTokens: () => number;
  info: () => { url: string; appId: string; faults: string; tokenTtlSeconds: number };
}

/**
 * The test tools: the inspection view (HTML and JSON), the fault spec (GET; PUT replaces, PATCH
 * changes the items given, DELETE clears) and forced token expiry. Refused (403) unless the
 * sandbox listens on loopback only or was started with the admin flag.
 */
export async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL, ctx: AdminContext): Promise<void> {
  if (!ctx.enabled) {
    req.resume();
    return sendJson(res, 403, { error: 'the sandbox admin endpoints are off: the sandbox listens beyond loopback; start it with --admin to allow them' });
  }
  const path = url.pathname.replace(/\/+$/, '') || ADMIN_PREFIX;
  const method = req.method ?? 'GET';
  if (path === ADMIN_PREFIX && method === 'GET') return sendHtml(res, 200, inspectionPage(ctx.inspect(), ctx.info()));
  if (path === `${ADMIN_PREFIX}/inspect` && method === 'GET') return sendJson(res, 200, ctx.inspect());
  if (path === `${ADMIN_PREFIX}/faults`) {
    if (method === 'GET') return sendJson(res, 200, { spec: ctx.faults.describe(), grammar: FAULT_GRAMMAR });
    if (method === 'DELETE') {
      req.resume();
      ctx.faults.clear();
      return sendJson(res, 200, { spec: ctx.faults.describe() });
    }
    if (method === 'PUT' || method === 'PATCH' || method === 'POST') {
      const text = specText(await readBody(req, 64 * 1024));
      try {
        if (method === 'PATCH') ctx.faults.merge(text);
        else ctx.faults.set(text);
      } catch (error) {
        if (error instanceof FaultSpecError) return sendJson(res, 400, { error: error.message, grammar: FAULT_GRAMMAR });
        throw error;
      }
      return sendJson(res, 200, { spec: ctx.faults.describe() });
    }
  }
  if (path === `${ADMIN_PREFIX}/expire-tokens` && method === 'POST') {
    req.resume();
    return sendJson(res, 200, { revoked: ctx.expireTokens() });
  }
  req.resume();
  sendJson(res, 404, {
    error: `no admin endpoint ${method} ${url.pathname}`,
    endpoints: ['GET /__sandbox/', 'GET /__sandbox/inspect', 'GET|PUT|PATCH|DELETE /__sandbox/faults', 'POST /__sandbox/expire-tokens'],
  });
}

/** The spec, sent as plain text or as JSON {"spec": "..."}. */
function specText(body: string): string {
  const trimmed = body.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  try {
    const parsed = JSON.parse(trimmed) as { spec?: unknown };
    return typeof parsed.spec === 'string' ? parsed.spec : '';
  } catch {
    return trimmed;
  }
}
