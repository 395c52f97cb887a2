import { isIP } from 'node:net';

/**
 * Whether a listen address keeps the sandbox on this machine (localhost, 127.0.0.0/8, ::1), which
 * is what makes its admin endpoints safe to serve. The sandbox may use the reporter's wire schemas
 * only, so this does not borrow the client's own loopback check.
 */
export function isLoopbackBind(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1';
}
