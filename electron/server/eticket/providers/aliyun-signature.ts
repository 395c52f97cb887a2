import { createHmac } from 'node:crypto';

/**
 * Alibaba Cloud's RPC signature, version 1.0 (HMAC-SHA1), as its "signature method" page for SMS defines it:
 *  1. percent-encode every parameter name and value (RFC 3986: A–Z a–z 0–9 - _ . ~ stay; space is %20, * is %2A,
 *     ~ stays, UTF-8 bytes as %XY upper case);
 *  2. sort the pairs by encoded name and join them as `name=value` with `&`: the canonicalised query;
 *  3. StringToSign = METHOD & percentEncode("/") & percentEncode(canonicalised query);
 *  4. Signature = Base64(HMAC-SHA1(key = AccessKeySecret + "&", StringToSign)).
 * test/server/eticket/aliyun-signature.test.ts checks it against the documented examples.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Step 2: the canonicalised query of every parameter but Signature. */
export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((name) => name !== 'Signature')
    .map((name) => [percentEncode(name), percentEncode(params[name] ?? '')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/** Step 3. */
export function stringToSign(method: 'GET' | 'POST', params: Readonly<Record<string, string>>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
}

/** Step 4. */
export function rpcSignature(method: 'GET' | 'POST', params: Readonly<Record<string, string>>, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign(method, params), 'utf8').digest('base64');
}
