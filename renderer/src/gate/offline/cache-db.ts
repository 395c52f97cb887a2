// The device's cache and queue on disk (IndexedDB): a reload or a restart of the tablet keeps both.
import type { CachedSession, CachedTicket, InputOf } from '../../../../electron/server/contract';

export type QueuedScan = InputOf<'gate.uploadOffline'>['scans'][number] & { gateName: string };

/** What the cache was made for and how far it has read. */
export interface CacheMeta {
  /** The tuples' layout (CACHE_FORMAT); absent in caches stored before concessions (format 1). */
  format?: number;
  /** The gate's sessions, joined: another setup starts a new cache. */
  sessionKey: string;
  cursor: number;
  refreshedAt: number;
  sessions: CachedSession[];
  voidCodes: string[];
}

/**
 * A ticket as stored: keyed by its code, the code left out of the value and the session as its place in the
 * setup's sorted session list (100,000 tickets within 20 MB on a phone: each string left out is megabytes).
 */
type StoredTicket = [sessionIndex: number, ...rest: DropFirst<DropFirst<CachedTicket>>];
type DropFirst<T extends readonly unknown[]> = T extends readonly [unknown, ...infer Rest] ? Rest : never;

const toStored = (t: CachedTicket, order: readonly string[]): StoredTicket => {
  const [, sessionId, ...rest] = t;
  return [order.indexOf(sessionId), ...rest];
};
const fromStored = (code: string, s: StoredTicket, order: readonly string[]): CachedTicket => {
  const [index, ...rest] = s;
  return [code, order[index] ?? '', ...rest];
};

const NAME = 'boxoffice-gate';
const TICKETS = 'tickets';
const META = 'meta';
const QUEUE = 'queue';

const done = (request: IDBRequest): Promise<unknown> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

export class CacheDb {
  private constructor(private readonly db: IDBDatabase) {}

  static open(): Promise<CacheDb> {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore(TICKETS);
      db.createObjectStore(META);
      db.createObjectStore(QUEUE, { autoIncrement: true });
    };
    return done(request).then(() => new CacheDb(request.result));
  }

  /** The cache of this setup, or null (none yet, or made for other sessions: then it is cleared). */
  async load(sessionKey: string): Promise<{ meta: CacheMeta; tickets: CachedTicket[] } | null> {
    const tx = this.db.transaction([TICKETS, META], 'readonly');
    const meta = (await done(tx.objectStore(META).get('cache'))) as CacheMeta | undefined;
    if (!meta || meta.sessionKey !== sessionKey) {
      await this.reset();
      return null;
    }
    const store = tx.objectStore(TICKETS);
    const [codes, stored] = (await Promise.all([done(store.getAllKeys()), done(store.getAll())])) as [string[], StoredTicket[]];
    const order = sessionKey.split(',');
    return { meta, tickets: stored.map((value, i) => fromStored(codes[i] ?? '', value, order)) };
  }

  async reset(): Promise<void> {
    const tx = this.db.transaction([TICKETS, META], 'readwrite');
    tx.objectStore(TICKETS).clear();
    tx.objectStore(META).delete('cache');
    await committed(tx);
  }

  /** Changed tickets, the codes replaced by reprints, and the new cursor, in one transaction. */
  async save(sessionKey: string, change: { tickets: readonly CachedTicket[]; voidCodes?: readonly string[] }, meta: CacheMeta | null): Promise<void> {
    const order = sessionKey.split(',');
    const tx = this.db.transaction([TICKETS, META], 'readwrite');
    const store = tx.objectStore(TICKETS);
    for (const code of change.voidCodes ?? []) store.delete(code);
    for (const ticket of change.tickets) store.put(toStored(ticket, order), ticket[0]);
    if (meta) tx.objectStore(META).put(meta, 'cache');
    await committed(tx);
  }

  async enqueue(scan: QueuedScan): Promise<void> {
    const tx = this.db.transaction(QUEUE, 'readwrite');
    tx.objectStore(QUEUE).add(scan);
    await committed(tx);
  }

  /** The oldest queued scans, in the order they were judged. */
  async oldest(limit: number): Promise<{ keys: IDBValidKey[]; scans: QueuedScan[] }> {
    const tx = this.db.transaction(QUEUE, 'readonly');
    const store = tx.objectStore(QUEUE);
    const [keys, scans] = await Promise.all([done(store.getAllKeys(null, limit)), done(store.getAll(null, limit))]);
    return { keys: keys as IDBValidKey[], scans: scans as QueuedScan[] };
  }

  async remove(keys: readonly IDBValidKey[]): Promise<void> {
    if (keys.length === 0) return;
    const tx = this.db.transaction(QUEUE, 'readwrite');
    const store = tx.objectStore(QUEUE);
    for (const key of keys) store.delete(key);
    await committed(tx);
  }

  async queued(): Promise<number> {
    return (await done(this.db.transaction(QUEUE, 'readonly').objectStore(QUEUE).count())) as number;
  }
}
