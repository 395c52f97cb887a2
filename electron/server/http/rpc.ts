import type { Context } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { contract, type ProcedureName } from '../contract';
import { parseInput } from '../../boxoffice/parse-input';
import { validationText } from '../contract/validation-messages';
import type { Core } from '../core';
import { BoxOfficeError } from '../../boxoffice/errors';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor';
import { handlers } from '../procedures';
import type { Handler, RequestContext } from '../procedures/context';
import { retryWhileBusy } from '../storage/busy-retry';
import { DEVICE_COOKIE, identifyClient, SESSION_COOKIE, sessionOf } from '../lan/client';

// A device credential outlives any login: it is revoked by a manager, not by time (400 days is the most browsers keep).
const DEVICE_COOKIE_DAYS = 400;

const isProcedureName = (name: string): name is ProcedureName => Object.hasOwn(contract, name);

/** `POST /api/<procedure>`: session and role check, JSON parse, zod validation, then the handler. */
export async function dispatch(c: Context, core: Core): Promise<Response> {
  const name = c.req.param('name') ?? '';
  if (!isProcedureName(name)) throw new BoxOfficeError('UNKNOWN_PROCEDURE', `There is no API procedure named "${name}".`);
  const procedure = contract[name];
  const client = identifyClient(c, core);
  const { address } = client;

  const { session, refusal: sessionRefusal } = sessionOf(c, core, client);
  if (procedure.roles !== 'public') {
    const refuse = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', reason: string, message: string): never => {
      core.refusals.record({ userId: session?.user.id ?? null, username: session?.user.username ?? null, action: 'api.refused', target: name, reason, address });
      throw new BoxOfficeError(code, message);
    };
    if (sessionRefusal) refuse('UNAUTHENTICATED', sessionRefusal, 'This login belongs to another device: log in on this one.');
    else if (!session) refuse('UNAUTHENTICATED', 'no_session', 'Log in first.');
    else if (!procedure.roles.includes(session.user.role)) {
      refuse('FORBIDDEN', `role_${session.user.role}`, `A ${session.user.role} may not do this (${name}).`);
    }
  }

  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new BoxOfficeError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new BoxOfficeError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  // The one parse of this input: handlers and the domain take what it gives back.
  const input: unknown = parseInput(procedure.input, body, (message) => validationText(message, 'en'));

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
  // Another program's write lock is waited out off the event loop for a few seconds, then answered 503.
  const result = await retryWhileBusy(core.db, () => handler(input as Parameters<typeof handler>[0], ctx));
  // A sale, refund or check-in appended outbox rows: the worker sends them now, not at its next poll.
  core.sync.worker.noticeWrites();
  return c.json(result ?? null);
}
