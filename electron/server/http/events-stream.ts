import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Core } from '../core';
import { BoxOfficeError } from '../../boxoffice/errors';
import { identifyClient, sessionOf } from '../lan/client';
import { factsOfContext } from './request-facts';

const HEARTBEAT_MS = 20_000;

/** `GET /api/events`: one server-sent-events stream per window, filtered by the user's role. */
export function eventsStream(c: Context, core: Core): Response {
  const request = factsOfContext(c);
  const client = identifyClient(request, core);
  const { session } = sessionOf(request, core, client);
  if (!session) throw new BoxOfficeError('UNAUTHENTICATED', 'Log in first.');
  return streamSSE(c, async (stream) => {
    let open = true;
    const send = (name: string, data: unknown) => {
      if (open) void stream.writeSSE({ event: name, data: JSON.stringify(data) });
    };
    let end = () => {};
    const listener = { role: session.user.role, userId: session.user.id, send, deviceId: session.deviceId, end: () => end() };
    const unsubscribe = core.events.subscribe(listener);
    send('hello', { serverTime: Date.now() });
    await new Promise<void>((resolve) => {
      end = close;
      const heartbeat = setInterval(() => {
        // A login that ended (logout, PIN reset, deactivation, its device revoked) closes its stream at the next beat.
        if (!sessionOf(request, core, identifyClient(request, core)).session) close();
        else void stream.write(': beat\n\n');
      }, HEARTBEAT_MS);
      function close() {
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        resolve();
      }
      stream.onAbort(close);
    });
  });
}
