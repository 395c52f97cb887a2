import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core';
import { BoxOfficeError } from '../../boxoffice/errors';
import { sseFrame, type EventListener } from '../events';
import { identifyClient, sessionOf } from '../lan/client';
import { errorAnswer } from './error-response';
import { refusedAtTheDoor, sendJson } from './node-answer';
import { factsOfIncoming } from './request-facts';
import { SECURITY_HEADERS } from './security-headers';
import { gatheredWriter, type GatherTimer } from './gathered-writes';

export const EVENTS_PATH = '/api/events';
const HEARTBEAT_MS = 20_000;
/**
 * What a stream may hold unsent before it is ended: a window that stopped reading (a tablet asleep on a dead Wi-Fi
 * link) must not grow the core's memory by every seat change of the day. Its browser reconnects when it wakes, and
 * `hello` makes its screens reload what they missed.
 */
export const MAX_UNSENT_BYTES = 1024 * 1024;

export interface EventsStreamOptions {
  allowedHostNames: readonly string[];
  heartbeatMs?: number;
  maxUnsentBytes?: number;
  /** How long frames are gathered into one write while they keep coming (gathered-writes.ts); tests pass their own timer. */
  gather?: { ms: number; timer?: GatherTimer };
}

/** Whether a request is for the event stream (`GET /api/events`, a query ignored). */
export const isEventsStreamRequest = (request: IncomingMessage): boolean =>
  request.method === 'GET' && (request.url === EVENTS_PATH || request.url?.startsWith(`${EVENTS_PATH}?`) === true);

/**
 * `GET /api/events`: one server-sent-events stream per window, filtered by the user's role, straight on node:http:
 * each event is a frame serialised once for every window (events.ts), where a web stream per window cost a
 * TextEncoder, a TransformStream and a read loop per event (16 windows open made a sale's seat changes cost more than
 * the sale's own answer). The frames that follow one within GATHER_MS go out together (gathered-writes.ts): a write
 * per frame per window was the core's largest cost beyond the sale itself with 16 windows open.
 */
export function serveEventsStream(core: Core, request: IncomingMessage, response: ServerResponse, options: EventsStreamOptions): void {
  const facts = factsOfIncoming(request);
  if (refusedAtTheDoor(core, request, facts, response, options.allowedHostNames)) return;
  const { session } = sessionOf(facts, core, identifyClient(facts, core));
  if (!session) {
    const { status, body } = errorAnswer(new BoxOfficeError('UNAUTHENTICATED', 'Log in first.'), `GET ${EVENTS_PATH}`);
    sendJson(response, status, body);
    return;
  }
  const maxUnsent = options.maxUnsentBytes ?? MAX_UNSENT_BYTES;
  let open = true;
  const gathered = gatheredWriter((text) => response.write(text), options.gather?.ms, options.gather?.timer);
  const write = (text: string) => {
    if (!open) return;
    gathered.write(text);
    if (response.writableLength + gathered.pendingLength <= maxUnsent) return;
    leave();
    // What it holds is dropped with its connection, not kept for a reader that stopped reading.
    response.destroy();
  };
  const listener: EventListener = {
    role: session.user.role,
    userId: session.user.id,
    deviceId: session.deviceId,
    send: (_name, _data, frame) => write(frame()),
    end: () => close(),
  };
  const unsubscribe = core.events.subscribe(listener);
  const heartbeat = setInterval(() => {
    try {
      // A login that ended (logout, PIN reset, deactivation, its device revoked) closes its stream at the next beat.
      if (!sessionOf(facts, core, identifyClient(facts, core)).session) close();
      else write(': beat\n\n');
    } catch {
      // The login could not be checked (the database locked or failing): the stream ends rather than outlive a
      // login nobody could confirm; the window reconnects and is checked again. A timer's error never reaches the core.
      close();
    }
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  function leave() {
    open = false;
    gathered.stop();
    clearInterval(heartbeat);
    unsubscribe();
  }
  function close() {
    if (!open) return;
    // What the window has not been sent yet still goes before the end (a window that went away gets nothing).
    if (!response.destroyed) gathered.flush();
    leave();
    // Ended by the core: the answer ends; a window that went away has closed it already.
    if (!response.writableEnded) response.end();
  }
  response.once('close', close);
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  write(sseFrame('hello', { serverTime: Date.now() }));
}
