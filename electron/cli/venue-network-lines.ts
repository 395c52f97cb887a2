import { httpsUrl } from '../server/lan/addresses';

/** What `serve` prints when it serves the venue network: every address a device can open, and the fingerprint to check. */
export function venueNetworkLines(lanUrls: readonly string[], fingerprint: string, allowedHostNames: readonly string[], port: number): string {
  const urls = [...lanUrls, ...allowedHostNames.map((name) => httpsUrl(name, port))];
  return [
    'venue network (HTTPS; devices pair with a code from Manage → 设备 or "boxoffice pair"):',
    ...(urls.length > 0 ? urls.map((url) => `  ${url}`) : ['  (no LAN address found: is this PC connected to the venue network?)']),
    `certificate SHA-256 fingerprint: ${fingerprint}`,
  ].join('\n');
}
