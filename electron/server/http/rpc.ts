import type { Context } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { appendAudit } from '../../../db/audit';
import { contract, type ProcedureName } from '../contract';
import type { FieldIssue } from '../contract/errors';
import { validationText } from '../contract/validation-messages';
import type { Core } from '../core';
import { ApiError } from '../errors';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor';
import { handlers } from '../procedures';
import type { Handler, RequestContext } from '../procedures/context';
import { DEVICE_COOKIE, identifyClient, SESSION_COOKIE, sessionOf } from '../lan/client';

// A device credential outlives any login: it is revoked by a manager, not by time (400 days is the most browsers keep).
const DEVICE_COOKIE_DAYS = 400;

const isProcedureName = (name: string): name is ProcedureName => Object.hasOwn(contract, name);

/** `POST /api/<procedure>`: session and role check, JSON parse, zod validation, then the handler. */
export async function dispatch(c: Context, core: Core): Promise<Response> {
  const name = c.req.param('name') ?? '';
  if (!isProcedureName(name)) throw new ApiError('UNKNOWN_PROCEDURE', `There is no API procedure named "${name}".`);
  const procedure = contract[name];
  const client = identifyClient(c, core);
  const { address } = client;

  const { session, refusal: sessionRefusal } = sessionOf(c, core, client);
  if (procedure.roles !== 'public') {
    const refuse = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', reason: string, message: string): never => {
      appendAudit(core.db, { userId: session?.user.id ?? null, username: session?.user.username ?? null, action: 'api.refused', target: name, outcome: 'refused', detail: { reason, deviceId: client.device?.id ?? null }, address });
      throw new ApiError(code, message);
    };
    if (sessionRefusal) refuse('UNAUTHENTICATED', sessionRefusal, 'This login belongs to another device: log in on this one.');
    else if (!session) refuse('UNAUTHENTICATED', 'no_session', 'Log in first.');
    else if (!procedure.roles.includes(session.user.role)) {
      refuse('FORBIDDEN', `role_${session.user.role}`, `A ${session.user.role} may not do this (${name}).`);
    }
  }

  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new ApiError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  const parsed = procedure.input.safeParse(body);
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: validationText(issue.message, 'en') }));
    const first = issues[0];
    throw new ApiError('VALIDATION', first ? `${first.path || 'input'}: ${first.message}` : 'The input is not valid.', { issues });
  }

  const actor: Actor = session
    ? { userId: session.user.id, username: session.user.username, role: session.user.role, address }
    : { ...SYSTEM_ACTOR, username: null, address };
  const ctx: RequestContext = {
    core,
    actor,
    session,
    address,
    client,
    userAgent: c.req.header('user-agent') ?? '',
    setSessionCookie(token, expiresAt) {
      setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure: client.secure, sameSite: 'Strict', path: '/', expires: new Date(expiresAt) });
    },
    clearSessionCookie() {
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: client.secure });
    },
    setDeviceCookie(token) {
      setCookie(c, DEVICE_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60 });
    },
  };
  // The contract and the handler map are indexed by the same name; TypeScript cannot correlate them here.
  const handler = handlers[name] as Handler<ProcedureName>;
  const result = await handler(parsed.data, ctx);
  // A sale, refund or check-in appended outbox rows: the worker sends them now, not at its next poll.
  core.sync.worker.noticeWrites();
  return c.json(result ?? null);
}
