import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { parse } from 'hono/utils/cookie';
import type { IncomingMessage } from 'node:http';
import { TLSSocket } from 'node:tls';
import { peerAddress } from './request-info';

/** What the API's rules read of a request, whichever listener received it (Hono's or the direct RPC path). */
export interface RequestFacts {
  /** A header by its lower-case name. */
  header: (name: string) => string | undefined;
  cookie: (name: string) => string | undefined;
  /** The peer's address as the socket saw it. */
  address: string;
  /** Whether it came over TLS (cookies are then marked Secure). */
  secure: boolean;
}

export function factsOfContext(c: Context): RequestFacts {
  return {
    header: (name) => c.req.header(name),
    cookie: (name) => getCookie(c, name),
    address: peerAddress(c),
    secure: new URL(c.req.url).protocol === 'https:',
  };
}

export function factsOfIncoming(request: IncomingMessage): RequestFacts {
  let cookies: Record<string, string> | undefined;
  return {
    header: (name) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    cookie: (name) => {
      const header = request.headers.cookie;
      if (!header) return undefined;
      cookies ??= parse(header);
      return cookies[name];
    },
    address: request.socket.remoteAddress ?? 'unknown',
    secure: request.socket instanceof TLSSocket,
  };
}
