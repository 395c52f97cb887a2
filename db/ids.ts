import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so ids survive being read aloud or retyped from a ticket.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let lastTime = 0;
// The random part of the last id, as 16 base32 digits; incremented in place within one millisecond.
const lastRandom = new Uint8Array(16);
let haveRandom = false;

// Random bytes drawn 4 KiB at a time: a busy gate starts a new millisecond every few scans, and one call to the
// system's generator per id cost more than the rest of the id.
let pool = Buffer.alloc(0);
let poolAt = 0;
function randomPool(): Buffer {
  if (poolAt + 16 > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  return pool;
}

/**
 * A stable string id: time-ordered (ULID layout, 26 characters) so ids sort by creation,
 * monotonic within a millisecond, and never reused. An optional prefix names the kind.
 */
export function newId(prefix = '', now: number = Date.now()): string {
  // Plain loops over one reused buffer: ids are minted on every scan and sale, and the array copies cost more than the rest.
  if (now <= lastTime && haveRandom) {
    increment(lastRandom);
    now = lastTime;
  } else {
    const bytes = randomPool();
    for (let i = 0; i < 16; i++) lastRandom[i] = (bytes[poolAt + i] ?? 0) % 32;
    poolAt += 16;
    haveRandom = true;
  }
  lastTime = now;
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET.charAt(t % 32) + time;
    t = Math.floor(t / 32);
  }
  let random = '';
  for (const digit of lastRandom) random += ALPHABET.charAt(digit);
  return prefix + time + random;
}

function increment(digits: Uint8Array): void {
  for (let i = digits.length - 1; i >= 0; i--) {
    const digit = digits[i] ?? 0;
    if (digit < 31) {
      digits[i] = digit + 1;
      return;
    }
    digits[i] = 0;
  }
  // every digit was 31 and is now 0: restore them, so the exhausted millisecond keeps failing
  digits.fill(31);
  throw new Error('id space for this millisecond exhausted');
}

// Token bytes come from a pool of their own, drawn from the system's generator 4 KiB at a time (as node's own
// randomUUID does): a sale of 4 made four calls for 10 bytes each, about a twentieth of the sale. Each byte is used
// once, and never shared with the ids' pool (whose bytes end up readable in ids).
let tokenPool = Buffer.alloc(0);
let tokenPoolAt = 0;
function tokenBytes(bytes: number): Buffer {
  if (bytes > 256) return randomBytes(bytes);
  if (tokenPoolAt + bytes > tokenPool.length) {
    tokenPool = randomBytes(4096);
    tokenPoolAt = 0;
  }
  const data = tokenPool.subarray(tokenPoolAt, tokenPoolAt + bytes);
  tokenPoolAt += bytes;
  return data;
}

/** An unguessable token of `bytes` random bytes, base32 (for ticket codes and session tokens). */
export function randomToken(bytes: number): string {
  const data = tokenBytes(bytes);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET.charAt((value << (5 - bits)) & 31);
  return out;
}
