import { isIP } from 'node:net';
import { BoxOfficeError } from '../../boxoffice/errors';
import type { Core } from '../core';

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

// Every request names one of a few hosts: each is parsed once (bounded, so random Host headers cannot grow it).
const hostnames = new Map<string, string | null>();
const MAX_HOSTNAMES = 256;

function hostnameOf(hostHeader: string): string | null {
  let hostname = hostnames.get(hostHeader);
  if (hostname !== undefined) return hostname;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  } catch {
    hostname = null;
  }
  if (hostnames.size >= MAX_HOSTNAMES) hostnames.clear();
  hostnames.set(hostHeader, hostname);
  return hostname;
}

/** Why a request is refused before anything runs (a foreign host name, another web site), or null. */
export function requestRefusal(header: (name: string) => string | undefined, allowedNames: readonly string[]): BoxOfficeError | null {
  const host = header('host');
  if (!isAllowedHost(host, allowedNames)) return new BoxOfficeError('FORBIDDEN_HOST', `This box office does not answer to the host name "${host ?? ''}".`);
  if (!isSameOrigin(header('origin'), host, header('sec-fetch-site'))) return new BoxOfficeError('FORBIDDEN_ORIGIN', 'Requests from other web sites are refused.');
  return null;
}

/** Counts a refusal of `requestRefusal` (per address and reason, see refusal-tally.ts). */
export function recordRefusal(core: Pick<Core, 'refusals'>, refusal: BoxOfficeError, path: string, header: (name: string) => string | undefined, address: string): void {
  core.refusals.record({ action: 'http.refused', target: path, reason: refusal.code, detail: { host: header('host') ?? null, origin: header('origin') ?? null }, address });
}
