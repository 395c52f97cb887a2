/**
 * `count` random hex digits. crypto.getRandomValues works in every context, where crypto.randomUUID exists only
 * in a secure one (a plain-http page on a LAN address has none), so ids are never made with randomUUID.
 */
export function randomHex(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(count / 2)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, count);
}
