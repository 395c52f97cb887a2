import type { Context } from 'hono';
import { generateCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { contract, type ParsedInputOf, type ProcedureName } from '../contract';
import { parseInput } from '../../boxoffice/parse-input';
import { validationText } from '../contract/validation-messages';
import type { Core } from '../core';
import { BoxOfficeError } from '../../boxoffice/errors';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor';
import { handlers } from '../procedures';
import type { Handler, RequestContext } from '../procedures/context';
import { retryWhileBusy } from '../storage/busy-retry';
import { DEVICE_COOKIE, identifyClient, SESSION_COOKIE, sessionOf } from '../lan/client';
import { factsOfContext, type RequestFacts } from './request-facts';
import { errorAnswer } from './error-response';
import { writeGroupOf } from '../storage/write-group';

// A device credential outlives any login: it is revoked by a manager, not by time (400 days is the most browsers keep).
const DEVICE_COOKIE_DAYS = 400;

const isProcedureName = (name: string): name is ProcedureName => Object.hasOwn(contract, name);

/** A procedure call as the listener hands it over: the request's facts and its body, read on demand. */
export interface ProcedureCall extends RequestFacts {
  name: string;
  body(): Promise<string>;
  /** The connection it came on, where the listener knows it (the write group runs one client's lone scans at once). */
  connection?: object;
}

/** What goes back: a status, the JSON value of the body, and the cookies to set. */
export interface ProcedureAnswer {
  status: number;
  body: unknown;
  setCookies: string[];
}

/**
 * `POST /api/<procedure>`, whatever listener received it: session and role check, JSON parse, zod validation, then
 * the handler. Failures become their `{ code, message }` answers here too.
 */
export async function answerProcedure(core: Core, call: ProcedureCall): Promise<ProcedureAnswer> {
  const setCookies: string[] = [];
  try {
    const result = await runProcedure(core, call, setCookies);
    return { status: 200, body: result ?? null, setCookies };
  } catch (error) {
    const { status, body } = errorAnswer(error, `POST /api/${call.name}`, (kind) => core.storage.noted(kind));
    return { status, body, setCookies };
  }
}

async function runProcedure(core: Core, call: ProcedureCall, setCookies: string[]): Promise<unknown> {
  const { name } = call;
  if (!isProcedureName(name)) throw new BoxOfficeError('UNKNOWN_PROCEDURE', `There is no API procedure named "${name}".`);
  const procedure = contract[name];
  const client = identifyClient(call, core);
  const { address } = client;

  const { session, refusal: sessionRefusal } = sessionOf(call, core, client);
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

  if (!/^application\/json\b/i.test(call.header('content-type') ?? '')) {
    throw new BoxOfficeError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
  }
  const text = await call.body();
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
    userAgent: call.header('user-agent') ?? '',
    setSessionCookie(token, expiresAt) {
      setCookies.push(generateCookie(SESSION_COOKIE, token, { httpOnly: true, secure: client.secure, sameSite: 'Strict', path: '/', expires: new Date(expiresAt) }));
    },
    clearSessionCookie() {
      setCookies.push(generateCookie(SESSION_COOKIE, '', { path: '/', secure: client.secure, maxAge: 0 }));
    },
    setDeviceCookie(token) {
      setCookies.push(generateCookie(DEVICE_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60 }));
    },
  };
  // The contract and the handler map are indexed by the same name; TypeScript cannot correlate them here.
  const handler = handlers[name] as Handler<ProcedureName>;
  const run = () => handler(input as Parameters<typeof handler>[0], ctx);
  // The scans and sales arriving together share one commit (each in a savepoint of its own); anything else runs alone.
  const group = writeGroupOf(core.db);
  // Another program's write lock is waited out off the event loop for a few seconds, then answered 503.
  const result = await (group.takes(name, input as ParsedInputOf<typeof name>) ? group.run(run, call.connection) : retryWhileBusy(core.db, run));
  // A sale, refund or check-in appended outbox rows: the worker sends them soon, not at its next poll.
  core.sync.worker.noticeWrites();
  return result;
}

/** The Hono route of `POST /api/:name` (tests and any request the direct listener leaves to Hono). */
export async function dispatch(c: Context, core: Core): Promise<Response> {
  const answer = await answerProcedure(core, { ...factsOfContext(c), name: c.req.param('name') ?? '', body: () => c.req.text() });
  for (const cookie of answer.setCookies) c.header('Set-Cookie', cookie, { append: true });
  return c.json(answer.body, answer.status as ContentfulStatusCode);
}
