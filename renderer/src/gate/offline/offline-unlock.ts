// Pure (WebCrypto and a key-value store, no DOM): unlocking the gate screen on a device that restarted while the core
// is out of reach. See "Offline unlock" in electron/boxoffice/gate/README.md for the threat model.
//
// At each ONLINE login of a gate user the device keeps a verifier of the PIN: PBKDF2-SHA256 with a random salt and
// many iterations, derived here (the core never sees it, nor the PIN beyond its own login). Offline, the PIN typed is
// derived the same way and compared; a match opens the gate screen only, as that user, until the link returns.
// Guesses are throttled on the device, persistently (a reload does not reset the count), and a verifier lapses
// VERIFIER_TTL_MS after the online login that made it.
import type { KeyValueStore } from '../setup/setup-storage';

export const OFFLINE_UNLOCK_KEY = 'boxoffice.gate.offlineUnlock';
/** A verifier lasts a day (a doors-open evening and its restarts), counted from its online login. */
export const VERIFIER_TTL_MS = 24 * 3_600_000;
/** OWASP's 2023 figure for PBKDF2-SHA256: about 0.3 s on a mid-range phone, per guess. */
export const PBKDF2_ITERATIONS = 600_000;
/** Free guesses before the device makes people wait; each further wrong PIN doubles the wait from 30 s, up to 1 h. */
export const FREE_GUESSES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 3_600_000;

export interface OfflineUser {
  userId: string;
  username: string;
  displayName: string;
}

interface Verifier extends OfflineUser {
  salt: string;
  hash: string;
  iterations: number;
  /** When the online login that made it happened (the device's clock). */
  at: number;
}

interface Stored {
  verifiers: Verifier[];
  failures: number;
  /** No guess is taken before this instant. */
  waitUntil: number;
}

const EMPTY: Stored = { verifiers: [], failures: 0, waitUntil: 0 };

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array((text.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));

async function derive(secret: string, saltHex: string, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: unhex(saltHex), iterations }, key, 256);
  return hex(new Uint8Array(bits));
}

/** Constant-time for equal lengths: how long a comparison takes says nothing of where two hashes differ. */
function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export type UnlockOutcome =
  | { kind: 'unlocked'; user: OfflineUser }
  /** Unknown user, no verifier, expired, or a wrong PIN: one answer for all, as the core's login gives. */
  | { kind: 'refused'; guessesLeft: number; waitUntil: number }
  | { kind: 'wait'; waitUntil: number };

export class OfflineUnlock {
  constructor(
    private readonly store: KeyValueStore,
    private readonly clock: () => number = Date.now,
    private readonly iterations = PBKDF2_ITERATIONS,
  ) {}

  private read(): Stored {
    try {
      const value = JSON.parse(this.store.getItem(OFFLINE_UNLOCK_KEY) ?? 'null') as Partial<Stored> | null;
      if (!value || !Array.isArray(value.verifiers)) return EMPTY;
      return { verifiers: value.verifiers, failures: Number(value.failures) || 0, waitUntil: Number(value.waitUntil) || 0 };
    } catch {
      return EMPTY;
    }
  }

  private write(stored: Stored): void {
    const now = this.clock();
    // Lapsed verifiers leave the device at every write, not only when someone tries them.
    this.store.setItem(OFFLINE_UNLOCK_KEY, JSON.stringify({ ...stored, verifiers: stored.verifiers.filter((v) => now - v.at < VERIFIER_TTL_MS) }));
  }

  /** After an online login of a gate user on this device: keep (or renew) the user's verifier. */
  async remember(user: OfflineUser, secret: string): Promise<void> {
    const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
    const hash = await derive(secret, salt, this.iterations);
    const stored = this.read();
    const verifiers = [...stored.verifiers.filter((v) => v.userId !== user.userId), { ...user, salt, hash, iterations: this.iterations, at: this.clock() }];
    // An online login proves the PIN: the count of wrong guesses starts again.
    this.write({ verifiers, failures: 0, waitUntil: 0 });
  }

  /** Whether anyone may unlock offline here now (a user logged in online within the last day). */
  available(): boolean {
    const now = this.clock();
    return this.read().verifiers.some((v) => now - v.at < VERIFIER_TTL_MS);
  }

  /** Removes every verifier (the link is back and someone logged out, or a manager asked). */
  forget(): void {
    this.store.setItem(OFFLINE_UNLOCK_KEY, JSON.stringify(EMPTY));
  }

  async unlock(username: string, secret: string): Promise<UnlockOutcome> {
    const now = this.clock();
    const stored = this.read();
    if (now < stored.waitUntil) return { kind: 'wait', waitUntil: stored.waitUntil };
    const verifier = stored.verifiers.find((v) => v.username === username.trim() && now - v.at < VERIFIER_TTL_MS);
    // Derived even without a verifier, so an unknown user takes as long as a wrong PIN.
    const hash = await derive(secret, verifier?.salt ?? '00'.repeat(16), verifier?.iterations ?? this.iterations);
    if (verifier && sameHash(hash, verifier.hash)) {
      this.write({ ...stored, failures: 0, waitUntil: 0 });
      return { kind: 'unlocked', user: { userId: verifier.userId, username: verifier.username, displayName: verifier.displayName } };
    }
    const failures = stored.failures + 1;
    const over = failures - FREE_GUESSES;
    const waitUntil = over >= 0 ? now + Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** over) : 0;
    this.write({ ...stored, failures, waitUntil });
    return { kind: 'refused', guessesLeft: Math.max(0, FREE_GUESSES - failures), waitUntil };
  }
}
