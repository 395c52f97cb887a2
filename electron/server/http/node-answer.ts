import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core';
import { errorAnswer } from './error-response';
import type { RequestFacts } from './request-facts';
import { recordRefusal, requestRefusal } from './request-guard';
import { SECURITY_HEADERS } from './security-headers';

/** A JSON answer on the direct node:http paths (direct-rpc.ts, events-stream.ts), with the headers every answer carries. */
export function sendJson(response: ServerResponse, status: number, body: unknown, setCookies: string[] = []): void {
  if (response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...(setCookies.length > 0 ? { 'Set-Cookie': setCookies } : {}),
  });
  response.end(text);
}

/**
 * The guard Hono's middleware runs before every other route (a foreign host name, another web site): answers and
 * counts the refusal, and says whether the request was refused.
 */
export function refusedAtTheDoor(core: Core, request: IncomingMessage, facts: RequestFacts, response: ServerResponse, allowedHostNames: readonly string[]): boolean {
  const refusal = requestRefusal(facts.header, allowedHostNames);
  if (!refusal) return false;
  recordRefusal(core, refusal, request.url ?? '', facts.header, facts.address);
  const { status, body } = errorAnswer(refusal, '');
  sendJson(response, status, body);
  return true;
}
