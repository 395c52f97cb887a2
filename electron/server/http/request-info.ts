import type { IncomingMessage } from 'node:http';

/** The peer's address as the socket saw it (never a forwarded header: the core is not behind a proxy). */
export function peerAddress(c: { env: unknown }): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket.remoteAddress ?? 'unknown';
}
