import { ApiClientError, call } from '../api/client';
import type { GateResult, IdType } from '../../../electron/server/contract';
import { ScanDeduper } from '../gate/scan/dedupe';
import type { Entry, Typed } from '../gate/scan/key-line';
import { normalizeTicketCode } from '../../../electron/server/contract/schemas';
import { idNumberProblem, normalizeIdNumber } from '../gate/idcheck/id-number';
import { playTone } from '../gate/sound';
import { VERDICT_LOOK, toneFor } from '../gate/verdict/verdict-look';
import { tracked } from './gate-link-slice';
import type { GateSlice } from './gate-store';

export type { Entry } from '../gate/scan/key-line';
export type Ticket = NonNullable<GateResult['ticket']>;
export interface IdShown {
  idType: IdType;
  idNumber: string;
  entry: Entry;
}

/** One judgement to ask the core for: a ticket code (with the holder's ID when checked), or an ID document alone. */
/** `allowSameId`: sent again after the warning that the document already entered with another ticket. */
export type Attempt = ({ kind: 'code'; code: string; entry: Entry; id?: IdShown } | ({ kind: 'byId'; movedFromTicketField?: boolean } & IdShown)) & {
  allowSameId?: boolean;
};

/** What fills the gate screen until the next scan. `seq` grows with each, so the panel and its tone restart. */
export type Shown =
  /** `offline`: judged by this device from its cache while the core was out of reach (queued for upload). */
  | { kind: 'result'; seq: number; at: number; attempt: Attempt; result: GateResult; offline: boolean }
  /** A real-name ticket: the holder's ID must be entered or read before the core admits. */
  | { kind: 'id'; seq: number; at: number; code: string; ticket: Ticket; offline: boolean; mismatch?: IdShown }
  /** The core did not judge (unreachable, or refused the request itself): NOT checked, do not admit. */
  | { kind: 'failed'; seq: number; at: number; attempt: Attempt; error: unknown };

export interface GateScanSlice {
  shown: Shown | null;
  /** Scans sent and not yet answered, and since when the oldest waits (for "checking…"). */
  inFlight: number;
  waitingSince: number | null;
  /** Repeats of the shown code dropped within the dedupe window (a scanner that sends twice). */
  repeatsIgnored: number;
  /** A scanned or typed ticket code: judged once, however often a scanner sends it within a second. */
  scan: (typed: Typed) => void;
  /** The holder's ID for the ticket on screen (`typed.text`): the core compares it and admits on a match. */
  checkId: (idType: IdType, typed: Typed) => void;
  /** A code the camera read: like a scan, but a ticket held up in view is judged once, not every second. */
  scanFromCamera: (raw: string) => void;
  /** Entry by ID document alone: the holder's next unused ticket of this gate's sessions. */
  enterById: (idType: IdType, typed: Typed) => void;
  /** A card placed on a serial ID-card reader: the ID of the ticket on screen, or entry by that document. */
  cardPlaced: (idNumber: string) => void;
  /** Asks again for the ID of a ticket refused as mismatching (a typo, or the holder found the right card). */
  recheckId: () => void;
  /** Judges again what the core could not judge. */
  retry: () => void;
  /** Admits the ticket on screen although its document already entered with another ticket (the warning's one tap or key). */
  allowSameId: () => void;
  dismiss: () => void;
}


export const createGateScanSlice: GateSlice<GateScanSlice> = (set, get) => {
  const deduper = new ScanDeduper(1000);
  const cameraDeduper = new ScanDeduper(3000, true);
  let seq = 0;
  // One judgement at a time, in the order of scanning: the screen always ends on the last person's verdict.
  let queue: Promise<void> = Promise.resolve();
  // The screens (by seq) whose follow-up (the ID, a retry) was already sent: an ID reader that sends twice, or a
  // second tap on "check again", must not turn the holder's green into "already used".
  let followedUp = -1;
  const firstFollowUp = (shownSeq: number) => {
    if (followedUp === shownSeq) return false;
    followedUp = shownSeq;
    return true;
  };

  const show = (shown: Shown) => {
    set({ shown });
    playTone(toneFor(shown.kind === 'failed' ? 'failed' : shown.kind === 'id' ? (shown.mismatch ? VERDICT_LOOK.id_mismatch : 'ask') : VERDICT_LOOK[shown.result.verdict]));
  };

  const online = (attempt: Attempt) => {
    const { gateName, sessionIds, direction } = get().setup;
    // An exit gate records tickets going out: the same scan, another procedure.
    if (direction === 'exit' && attempt.kind === 'code') return tracked(get, call('gate.checkOut', { gateName, sessionIds, code: attempt.code, entry: attempt.entry }));
    const allowSameId = attempt.allowSameId === true;
    return attempt.kind === 'byId'
      ? tracked(get, call('gate.checkInById', { gateName, sessionIds, idType: attempt.idType, idNumber: attempt.idNumber, entry: attempt.entry, allowSameId }))
      : tracked(
          get,
          call('gate.checkIn', { gateName, sessionIds, code: attempt.code, entry: attempt.entry, allowSameId, ...(attempt.id && { idType: attempt.id.idType, idNumber: attempt.id.idNumber }) }),
        );
  };

  const showResult = (attempt: Attempt, at: number, result: GateResult, offline: boolean) => {
    if (result.verdict === 'id_required' && result.ticket && attempt.kind === 'code') {
      show({ kind: 'id', seq: ++seq, at, code: attempt.code, ticket: result.ticket, offline });
    } else if (result.verdict === 'id_mismatch' && result.ticket && attempt.kind === 'code' && attempt.id) {
      // Refused, and the ID form stays open with the number selected: a typo or the wrong card is fixed in place.
      show({ kind: 'id', seq: ++seq, at, code: attempt.code, ticket: result.ticket, offline, mismatch: attempt.id });
    } else {
      show({ kind: 'result', seq: ++seq, at, attempt, result, offline });
    }
  };

  const offline = async (attempt: Attempt, at: number) => {
    try {
      showResult(attempt, at, await get().judgeOffline(attempt), true);
    } catch (error) {
      // No WebCrypto outside a secure context, for one: not checked, do not admit.
      show({ kind: 'failed', seq: ++seq, at, attempt, error });
    }
  };

  const judge = async (attempt: Attempt) => {
    const at = Date.now();
    // The link is down and the device holds the sessions: judge here at once, with the same rules.
    if (get().core === 'lost' && get().cacheReady) return offline(attempt, at);
    try {
      showResult(attempt, at, await online(attempt), false);
      // Admitted or refused, this gate's counters moved, and so did its cache.
      void get().refreshStats();
      void get().syncCache();
    } catch (error) {
      // The core did not answer (the request may never have left): with a cache, the device judges.
      if (error instanceof ApiClientError && error.code === 'NETWORK' && get().cacheReady) return offline(attempt, at);
      show({ kind: 'failed', seq: ++seq, at, attempt, error });
    }
  };

  const enqueue = (attempt: Attempt) => {
    set((state) => ({ inFlight: state.inFlight + 1, waitingSince: state.waitingSince ?? Date.now() }));
    queue = queue.then(async () => {
      await judge(attempt);
      set((state) => ({ inFlight: state.inFlight - 1, waitingSince: state.inFlight > 1 ? Date.now() : null }));
    });
  };

  // An ID reader's second send lands in the scan field once the verdict has replaced the ID form (whole: the key
  // line keeps the head that went into the form): begun within a second of the first, it is an echo, not a code.
  let lastId: { key: string; endedAt: number } | null = null;
  const isIdEcho = (key: string, startedAt: number) => lastId !== null && startedAt - lastId.endedAt < 1000 && lastId.key === key;

  const ignoreRepeat = () => set((state) => ({ repeatsIgnored: state.repeatsIgnored + 1 }));

  return {
    shown: null,
    inFlight: 0,
    waitingSince: null,
    repeatsIgnored: 0,
    scan: ({ text, entry, startedAt, endedAt }) => {
      const code = text.trim();
      if (!code) return;
      const key = normalizeTicketCode(code); // as the core reads codes: "abcd-efgh" twice is one scan
      if (isIdEcho(normalizeIdNumber(code), startedAt)) return ignoreRepeat();
      // A resident ID number (18 characters, its check character right) is no ticket code: entry by that document
      // (not at an exit, where nobody enters).
      if (get().setup.direction !== 'exit' && idNumberProblem('resident_id', code) === null) {
        if (!deduper.accept(`ID:resident_id:${normalizeIdNumber(code)}`, startedAt, endedAt)) return ignoreRepeat();
        set({ repeatsIgnored: 0 });
        return enqueue({ kind: 'byId', idType: 'resident_id', idNumber: normalizeIdNumber(code), entry, movedFromTicketField: true });
      }
      if (!deduper.accept(key, startedAt, endedAt)) return ignoreRepeat();
      set({ repeatsIgnored: 0 });
      enqueue({ kind: 'code', code, entry });
    },
    scanFromCamera: (raw) => {
      const code = raw.trim();
      const now = performance.now();
      if (code && cameraDeduper.accept(normalizeTicketCode(code), now)) get().scan({ text: code, entry: 'device', startedAt: now, endedAt: now });
    },
    checkId: (idType, { text: idNumber, entry, endedAt }) => {
      const { shown } = get();
      if (shown?.kind !== 'id' || !firstFollowUp(shown.seq)) return;
      lastId = { key: normalizeIdNumber(idNumber), endedAt };
      // The ticket in hand: the same code, now with the document shown (checkingType 2, authType from how it was read).
      enqueue({ kind: 'code', code: shown.code, entry, id: { idType, idNumber, entry } });
    },
    enterById: (idType, { text: idNumber, entry, startedAt, endedAt }) => {
      if (get().setup.direction === 'exit') return;
      if (!deduper.accept(`ID:${idType}:${idNumber}`, startedAt, endedAt)) return ignoreRepeat();
      set({ repeatsIgnored: 0 });
      enqueue({ kind: 'byId', idType, idNumber, entry });
    },
    cardPlaced: (idNumber) => {
      if (get().setup.direction === 'exit') return;
      const now = performance.now();
      const read: Typed = { text: idNumber, entry: 'device', startedAt: now, endedAt: now };
      if (get().shown?.kind === 'id') get().checkId('resident_id', read);
      else get().enterById('resident_id', read);
    },
    recheckId: () => {
      const { shown } = get();
      if (shown?.kind !== 'result' || shown.attempt.kind !== 'code' || !shown.result.ticket) return;
      show({ kind: 'id', seq: ++seq, at: Date.now(), code: shown.attempt.code, ticket: shown.result.ticket, offline: shown.offline });
    },
    allowSameId: () => {
      const { shown } = get();
      if (shown?.kind === 'result' && shown.result.verdict === 'same_id_warning' && firstFollowUp(shown.seq)) enqueue({ ...shown.attempt, allowSameId: true });
    },
    retry: () => {
      const { shown } = get();
      if (shown?.kind === 'failed' && firstFollowUp(shown.seq)) enqueue(shown.attempt);
    },
    dismiss: () => set({ shown: null }),
  };
};
