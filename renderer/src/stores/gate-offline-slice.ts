import { ApiClientError, call } from '../api/client';
import type { CachedTicket, GateResult, OfflineUploadResult } from '../../../electron/server/contract';
import { CACHE_FORMAT, normalizeTicketCode } from '../../../electron/server/contract/gate-offline';
import { CacheDb, type CacheMeta, type QueuedScan } from '../gate/offline/cache-db';
import { deviceId, randomKey } from '../gate/offline/device-id';
import { deviceIdHash } from '../gate/offline/id-hash';
import { TicketCache, type ShownId } from '../gate/offline/ticket-cache';
import type { Attempt } from './gate-scan-slice';
import { coreNow, tracked } from './gate-link-slice';
import type { GateSlice } from './gate-store';
import { foldedRuns } from './folded-runs';
import { readExits, writeExits, type QueuedExit } from '../gate/exit/exit-queue';

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** How often the cache follows the core (and an offline gate tries its link). */
export const REFRESH_MS = 3000;
// One upload request: the core takes up to 500; 200 keep each well under a second on a slow link.
const UPLOAD_BATCH = 200;

export interface GateOfflineSlice {
  /** The device's cache holds this gate's sessions: it can judge alone. */
  cacheReady: boolean;
  cacheTickets: number;
  /** The core's time of the last refresh (0: never). */
  cacheAt: number;
  /** Scans judged offline and not yet stored by the core. */
  queued: number;
  /** Opens the device's cache for this setup and follows the core every few seconds; returns a stop. */
  startOffline: () => () => void;
  /** Uploads what waits, then reads the changes; calls while one runs are folded into one more. */
  syncCache: () => Promise<void>;
  /** Judges from the cache with the core's rules, records the admission locally and queues the scan. */
  judgeOffline: (attempt: Attempt) => Promise<GateResult>;
}

const sessionKey = (sessionIds: readonly string[]) => [...sessionIds].sort().join(',');

/** A User Timing entry (cheap; read by test/bench/gate-offline.bench.ts): how long the cache's work took. */
const measure = (name: string, start: number, detail: Record<string, number>) => performance.measure(name, { start, detail });

export const createGateOfflineSlice: GateSlice<GateOfflineSlice> = (set, get) => {
  let cache = new TicketCache();
  let db: CacheDb | null = null;
  let opened: Promise<void> | null = null;
  let openedFor = '';
  // The offline scans' disk writes, one after another.
  let writes: Promise<void> = Promise.resolve();
  // Exits judged offline (an exit gate, or a door switched to exit): uploaded in scan order with the entries, so the
  // core judges an exit and a re-entry after it in the order they happened (inside-at.ts).
  const exitStore = localStore();
  let exits: QueuedExit[] = exitStore ? readExits(exitStore) : [];
  const keepExits = (next: QueuedExit[]) => {
    exits = next;
    if (exitStore) writeExits(exitStore, next);
  };
  /** Uploads the queued exits judged at or before `until` (those before the next queued entry); returns how many. */
  const uploadExits = async (until: number): Promise<number> => {
    let sent = 0;
    for (;;) {
      const first = exits[0];
      if (!first || first.exitedAt > until) return sent;
      const due = exits.slice(0, UPLOAD_BATCH);
      const end = due.findIndex((e) => e.gateName !== first.gateName || e.exitedAt > until);
      const same = end === -1 ? due : due.slice(0, end);
      const results = await tracked(get, call('gate.uploadOfflineExits', { gateName: first.gateName, exits: same.map(({ gateName: _gate, ...exit }) => exit) }));
      const stored = new Set(results.map((r) => r.clientId));
      keepExits(exits.filter((e) => !stored.has(e.clientId)));
      set({ queued: get().queued - results.length });
      sent += results.length;
    }
  };

  const meta = (key: string): CacheMeta => ({ format: CACHE_FORMAT, sessionKey: key, cursor: cache.cursor, refreshedAt: cache.refreshedAt, sessions: [...cache.sessions.values()], voidCodes: cache.voidCodes });

  const open = (key: string): Promise<void> => {
    if (opened && openedFor === key) return opened;
    openedFor = key;
    cache = new TicketCache();
    set({ cacheReady: false, cacheTickets: 0, cacheAt: 0 });
    opened = (async () => {
      try {
        const started = performance.now();
        db ??= await CacheDb.open();
        const stored = await db.load(key);
        if (stored && openedFor === key) {
          // An older tuple layout is used as it is (offline it is all there is) and read again from the start.
          const cursor = stored.meta.format === CACHE_FORMAT ? stored.meta.cursor : 0;
          cache.apply({ cursor, more: false, sessions: stored.meta.sessions, tickets: stored.tickets, voidCodes: stored.meta.voidCodes, at: stored.meta.refreshedAt });
          set({ cacheReady: cache.sessions.size > 0, cacheTickets: cache.size, cacheAt: cache.refreshedAt });
          measure('gate.cache-load', started, { tickets: cache.size });
        }
        set({ queued: (await db.queued()) + exits.length });
      } catch {
        // No IndexedDB (a private window): the cache lives in memory until the page is reloaded.
      }
    })();
    return opened;
  };

  /** Uploads the queued entries judged before `before` (the next queued exit); returns how many. */
  const upload = async (before: number): Promise<number> => {
    await writes;
    if (!db) return 0;
    let sent = 0;
    for (;;) {
      const started = performance.now();
      const { keys, scans } = await db.oldest(UPLOAD_BATCH);
      const first = scans[0];
      if (!first || first.scannedAt >= before) return sent;
      // One request per gate name (a device renamed mid-queue keeps each scan's own gate), none past the next exit.
      const end = scans.findIndex((s) => s.gateName !== first.gateName || s.scannedAt >= before);
      const count = end === -1 ? scans.length : end;
      const batch = scans.slice(0, count).map(({ gateName: _gate, ...scan }) => scan);
      const results: OfflineUploadResult[] = await tracked(get, call('gate.uploadOffline', { deviceId: deviceId(), gateName: first.gateName, scans: batch }));
      await db.remove(keys.slice(0, results.length));
      set({ queued: (await db.queued()) + exits.length });
      measure('gate.upload-batch', started, { scans: results.length });
      sent += results.length;
    }
  };

  /** Entries and exits in the order this device judged them, taking turns until both queues are empty. */
  const uploadInOrder = async () => {
    for (;;) {
      const entries = await upload(exits[0]?.exitedAt ?? Number.POSITIVE_INFINITY);
      await writes;
      const next = db ? (await db.oldest(1)).scans[0]?.scannedAt : undefined;
      const sentExits = await uploadExits(next ?? Number.POSITIVE_INFINITY);
      if (entries === 0 && sentExits === 0) return;
    }
  };

  const pull = async (key: string, sessionIds: string[]) => {
    do {
      const started = performance.now();
      const page = await tracked(get, call('gate.cache', { sessionIds, after: cache.cursor }));
      if (openedFor !== key) return;
      cache.apply(page);
      await db?.save(key, page, meta(key));
      set({ cacheReady: true, cacheTickets: cache.size, cacheAt: page.at });
      measure('gate.cache-page', started, { tickets: page.tickets.length });
      if (!page.more) return;
    } while (openedFor === key);
  };

  const syncOnce = async () => {
    const { sessionIds } = get().setup;
    if (sessionIds.length === 0) return;
    const key = sessionKey(sessionIds);
    await open(key);
    try {
      // The queue first: a refresh must not bring back "not yet admitted" for a ticket admitted here offline.
      await uploadInOrder();
      await pull(key, sessionIds);
    } catch (error) {
      // A lost link is recorded by tracked(); the next round tries again. Anything else must not stop the loop.
      if (!(error instanceof ApiClientError)) console.error('gate cache', error);
    }
  };

  const syncCache = foldedRuns(syncOnce);

  const shownId = async (attempt: Attempt): Promise<ShownId> => {
    const id = attempt.kind === 'byId' ? attempt : attempt.id;
    if (!id) return { kind: 'none' };
    const hashes = new Map<string, string>();
    for (const session of cache.sessions.values()) if (session.hashKey) hashes.set(session.id, await deviceIdHash(session.hashKey, id.idType, id.idNumber));
    return { kind: 'shown', hashes };
  };

  /** An exit judged from the cache with the core's exit rules: recorded here at once, queued for the core. */
  const judgeExitOffline = (code: string, gateName: string, sessionIds: string[], now: number): GateResult => {
    const result = cache.judgeExit(code, sessionIds, now);
    if (!result.admitted) return result;
    const changed = cache.exit(code, now);
    keepExits([...exits, { clientId: `${deviceId()}-${randomKey(8)}`, code: code.slice(0, 64), exitedAt: now, gateName }]);
    set({ queued: get().queued + 1 });
    const key = sessionKey(sessionIds);
    writes = writes.then(async () => {
      try {
        if (changed) await db?.save(key, { tickets: [changed] }, null);
      } catch (error) {
        console.error('gate exit cache', error);
      }
    });
    return result;
  };

  const judgeOffline = async (attempt: Attempt): Promise<GateResult> => {
    const { gateName, sessionIds, direction } = get().setup;
    const now = coreNow(get());
    if (direction === 'exit' && attempt.kind === 'code') return judgeExitOffline(normalizeTicketCode(attempt.code), gateName, sessionIds, now);
    const id = await shownId(attempt);
    let code: string;
    let judged: ReturnType<TicketCache['judge']>;
    if (attempt.kind === 'byId') {
      const found = id.kind === 'shown' ? cache.findByIdHash(sessionIds, id.hashes) : undefined;
      if (!found) return { verdict: 'unknown', admitted: false, message: 'No ticket of these sessions in the device cache for this ID document.' };
      code = found[0];
      judged = cache.judge(code, sessionIds, now, { kind: 'byId' }, attempt.allowSameId, attempt);
    } else {
      code = normalizeTicketCode(attempt.code);
      judged = cache.judge(code, sessionIds, now, id, attempt.allowSameId, attempt.id ?? null);
    }
    const { result, checkingType } = judged;
    // Asking for the ID, or whether to admit a document seen already, is no verdict: nothing to record until answered.
    if (result.verdict === 'id_required' || result.verdict === 'same_id_warning') return result;
    let changed: CachedTicket | undefined;
    if (result.admitted) changed = cache.admit(code, gateName, now);
    const scan: QueuedScan = { clientId: `${deviceId()}-${randomKey(8)}`, code: code.slice(0, 64), sessionIds, scannedAt: now, verdict: result.verdict, entry: attempt.entry, checkingType, gateName };
    set({ queued: get().queued + 1 });
    // Written after the verdict is on screen (disk writes took most of an offline verdict's time), in scan order;
    // the upload waits for them.
    const key = sessionKey(sessionIds);
    writes = writes.then(async () => {
      try {
        await db?.enqueue(scan);
        if (changed) await db?.save(key, { tickets: [changed] }, null);
      } catch (error) {
        // The verdict stands (the person is in front of the gate); a scan the disk refused is said in the console.
        console.error('gate queue', error);
      }
    });
    return result;
  };

  return {
    cacheReady: false,
    cacheTickets: 0,
    cacheAt: 0,
    queued: 0,
    syncCache,
    judgeOffline,
    startOffline: () => {
      void syncCache();
      const timer = window.setInterval(() => void syncCache(), REFRESH_MS);
      return () => window.clearInterval(timer);
    },
  };
};
