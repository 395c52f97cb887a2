// Pure (WebCrypto only): the device's half of the ID hash (the core's is electron/boxoffice/gate/offline/device-hash.ts).
import { normalizeIdNumber } from '../idcheck/id-number';

// Spelled from importKey so the file typechecks under Node's types too (the unit test runs it there).
type HmacKey = ReturnType<typeof crypto.subtle.importKey>;
const keys = new Map<string, HmacKey>();

function hmacKey(keyHex: string): HmacKey {
  let key = keys.get(keyHex);
  if (!key) {
    const bytes = new Uint8Array(keyHex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(keyHex.slice(i * 2, i * 2 + 2), 16);
    key = crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(keyHex, key);
  }
  return key;
}

/** HMAC-SHA256 under the session's key of `idType:number`, first 16 hex characters: what the cache holds per ticket. */
export async function deviceIdHash(keyHex: string, idType: string, idNumber: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(keyHex), new TextEncoder().encode(`${idType}:${normalizeIdNumber(idNumber)}`));
  let hex = '';
  for (const byte of new Uint8Array(mac).subarray(0, 8)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
