import { randomHex } from '../../random-id';

/** The clerk's hold survives a reload of the window (a misclick on F5 must not lose the buyer's seats). */
const KEY = 'boxoffice.sell.hold';

export interface SavedHold {
  sessionId: string;
  holdId: string;
  ticketIds: string[];
}

export function saveHold(hold: SavedHold | null): void {
  if (hold && hold.ticketIds.length > 0) sessionStorage.setItem(KEY, JSON.stringify(hold));
  else sessionStorage.removeItem(KEY);
}

export function savedHold(sessionId: string): SavedHold | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<SavedHold> | null;
    if (saved?.sessionId !== sessionId || typeof saved.holdId !== 'string' || !Array.isArray(saved.ticketIds)) return null;
    return { sessionId, holdId: saved.holdId, ticketIds: saved.ticketIds.filter((id): id is string => typeof id === 'string') };
  } catch {
    return null;
  }
}

/** A hold id made here, so seats can be held the moment they are clicked, without a first round trip for an id. */
export const newHoldId = () => `hld_w${randomHex(24)}`;
