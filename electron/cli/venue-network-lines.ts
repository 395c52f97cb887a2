/** What `serve` prints when it serves the venue network: every address a device can open, and the fingerprint to check. */
export function venueNetworkLines(lanUrls: readonly string[], fingerprint: string): string {
  return [
    'venue network (HTTPS; devices pair with a code from Manage → 设备 or "boxoffice pair"):',
    ...(lanUrls.length > 0 ? lanUrls.map((url) => `  ${url}`) : ['  (no LAN address found: is this PC connected to the venue network?)']),
    `certificate SHA-256 fingerprint: ${fingerprint}`,
  ].join('\n');
}
