import { hostname, networkInterfaces } from 'node:os';
import { isIP } from 'node:net';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (how a dual-stack socket reports an IPv4 peer). */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.replace(/^::ffff:/i, '');
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

/** A Host header naming this very machine's loopback: what the desktop app on the core PC uses. */
export function isLoopbackHost(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  try {
    const name = new URL(`http://${hostHeader}`).hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    return name === 'localhost' || isLoopbackAddress(name);
  } catch {
    return false;
  }
}

export const isWildcardHost = (host: string): boolean => host === '0.0.0.0' || host === '::';

/**
 * The addresses devices on the venue network can reach a core bound to `bindHost`: every non-loopback interface
 * address for a wildcard bind (IPv4, and global IPv6 for `::`), else the bound address itself.
 */
export function lanAddresses(bindHost: string): string[] {
  if (!isWildcardHost(bindHost)) return isLoopbackAddress(bindHost) ? [] : [bindHost];
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && !entry.internal)
    .filter((entry) => entry?.family === 'IPv4' || (bindHost === '::' && !entry?.address.startsWith('fe80:')))
    .map((entry) => entry?.address ?? '')
    .filter((address) => address !== '');
}

/** `https://address:port/` with IPv6 in brackets. */
export function httpsUrl(address: string, port: number): string {
  return `https://${address.includes(':') ? `[${address}]` : address}:${port}/`;
}

/** The names the certificate should carry: this machine's, its mDNS name, and the operator's `--allow-host` names. */
export function lanNames(allowedHostNames: readonly string[]): string[] {
  const machine = hostname().toLowerCase();
  return [...new Set(['localhost', machine, `${machine.replace(/\.local$/, '')}.local`, ...allowedHostNames.map((name) => name.toLowerCase())])];
}
