import { isIP } from 'node:net';

/**
 * DNS rebinding needs a host name the attacker controls, so a Host header is trusted only when it
 * is an IP literal, `localhost`, or a name the operator allowed (`--allow-host`).
 */
export function isAllowedHost(hostHeader: string | undefined, allowedNames: readonly string[]): boolean {
  if (!hostHeader) return false;
  const hostname = hostnameOf(hostHeader);
  if (hostname === null) return false;
  if (hostname === 'localhost' || isIP(hostname) !== 0) return true;
  return allowedNames.some((name) => name.toLowerCase() === hostname);
}

/** Cross-site requests are refused: a browser's Origin, when sent, must be this very server. */
export function isSameOrigin(originHeader: string | undefined, hostHeader: string | undefined, fetchSite: string | undefined): boolean {
  if (fetchSite === 'cross-site') return false;
  if (originHeader === undefined) return true; // not a browser, or a same-origin GET: cookies are SameSite=Strict anyway
  if (originHeader === 'null' || !hostHeader) return false;
  try {
    const origin = new URL(originHeader);
    return (origin.protocol === 'http:' || origin.protocol === 'https:') && origin.host.toLowerCase() === hostHeader.toLowerCase();
  } catch {
    return false;
  }
}

function hostnameOf(hostHeader: string): string | null {
  try {
    return new URL(`http://${hostHeader}`).hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  } catch {
    return null;
  }
}
