import { isIP } from 'node:net';

/** The platform address cannot be used: plain http to a non-loopback host, a bad URL, credentials in it. */
export class PlatformUrlError extends Error {
  override name = 'PlatformUrlError';
}

/** Whether a URL hostname is this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host);
  return false;
}

/**
 * Checks the platform's base URL. HTTPS always; plain HTTP only to this machine (the sandbox,
 * tests), because reports carry sales data and the token across the network otherwise.
 */
export function checkPlatformUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PlatformUrlError(`"${raw}" is not a URL; give the platform address as https://host[:port][/prefix]`);
  }
  if (url.username || url.password) throw new PlatformUrlError('the platform URL must not carry a user name or password');
  if (url.search || url.hash) throw new PlatformUrlError('the platform URL must not carry a query or fragment');
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return url;
    throw new PlatformUrlError(
      `refusing plain http:// to ${url.hostname}: the platform must be reached over https:// (http:// is only for this machine: localhost, 127.0.0.0/8, ::1)`,
    );
  }
  throw new PlatformUrlError(`unsupported scheme ${url.protocol} in the platform URL; use https://`);
}
