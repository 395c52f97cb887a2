import { setPlatformCodes, setSessionCodes } from '../../../db/catalog';
import type { Db } from '../../../db/open';
import { hallCodeOf, sessionCodeOf, venueCodeOf } from '../../../db/platform-codes';
import type { CodeLookup } from './requests';

/**
 * The platform codes the worker resolves at send time. A code once given never changes, so known codes are
 * remembered; unknown ones are asked again each time (a manager may link a code by hand at any moment).
 */
export class CodeBook implements CodeLookup {
  private readonly sessions = new Map<string, string>();
  private readonly halls = new Map<string, string>();
  private readonly venues = new Map<string, string>();
  /** Counts changes of codes: a refusal of a request built before a change may only mean the code it used was stale. */
  generation = 0;

  constructor(private readonly db: Db) {}

  session(sessionId: string): string | null {
    return this.remembered(this.sessions, sessionId, () => sessionCodeOf(this.db, sessionId));
  }

  hall(hallId: string): string | null {
    return this.remembered(this.halls, hallId, () => hallCodeOf(this.db, hallId));
  }

  venue(venueId: string): string | null {
    return this.remembered(this.venues, venueId, () => venueCodeOf(this.db, venueId));
  }

  /** Stores what `/standard/venue/save` answered (inside the delivery's transaction). */
  storeVenue(venueId: string, hallId: string, venueCode: string, hallCode: string, now: number): void {
    setPlatformCodes(this.db, venueId, venueCode, [{ hallId, hallCode }], now);
    this.venues.set(venueId, venueCode);
    this.halls.set(hallId, hallCode);
    this.generation++;
  }

  /** Stores the session codes `/performance/code` answered, for the sessions that were asked about. */
  storeSessions(codes: Readonly<Record<string, string>>, now: number): void {
    setSessionCodes(this.db, codes, now);
    for (const [sessionId, code] of Object.entries(codes)) this.sessions.set(sessionId, code);
    this.generation++;
  }

  /** Forgets everything (after the platform changed: its codes may differ). */
  clear(): void {
    this.sessions.clear();
    this.halls.clear();
    this.venues.clear();
    this.generation++;
  }

  private remembered(cache: Map<string, string>, id: string, read: () => string | null): string | null {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const code = read();
    if (code !== null) cache.set(id, code);
    return code;
  }
}
