// The platform's codes as the sync worker needs them: looked up at send time, one small query each. A code
// counts only when the current platform issued it (see platform-identity.ts): never sent to another one.
import type { Db } from './open';
import { CURRENT_PLATFORM_SQL } from './platform-identity';
import { getRow } from './statements';

/** The session's `sessionCode`, or null while the platform has not given one. */
export function sessionCodeOf(db: Db, sessionId: string): string | null {
  return getRow<{ code: string | null }>(db, `SELECT platform_session_code AS code FROM sessions WHERE id = ? AND platform_session_code_by = ${CURRENT_PLATFORM_SQL}`, sessionId)?.code ?? null;
}

/** The hall's `hallCode`, or null until registered (or linked). */
export function hallCodeOf(db: Db, hallId: string): string | null {
  return getRow<{ code: string | null }>(db, `SELECT platform_hall_code AS code FROM halls WHERE id = ? AND platform_hall_code_by = ${CURRENT_PLATFORM_SQL}`, hallId)?.code ?? null;
}

/** The venue's `venueCode`, or null until registered (or linked). */
export function venueCodeOf(db: Db, venueId: string): string | null {
  return getRow<{ code: string | null }>(db, `SELECT platform_venue_code AS code FROM venues WHERE id = ? AND platform_venue_code_by = ${CURRENT_PLATFORM_SQL}`, venueId)?.code ?? null;
}

/** Whether the platform knows the performance: one of its sessions has a code. */
export function performanceKnown(db: Db, performanceId: string): boolean {
  return getRow(db, 'SELECT 1 FROM sessions WHERE performance_id = ? AND platform_session_code IS NOT NULL LIMIT 1', performanceId) !== undefined;
}

/** The performance a session belongs to. */
export function performanceOfSession(db: Db, sessionId: string): string | undefined {
  return getRow<{ id: string }>(db, 'SELECT performance_id AS id FROM sessions WHERE id = ?', sessionId)?.id;
}

/** How many venues, halls and sessions carry a platform code (codes of one platform mean nothing to another). */
export function platformCodeCounts(db: Db): { venues: number; halls: number; sessions: number } {
  return (
    getRow<{ venues: number; halls: number; sessions: number }>(
      db,
      `SELECT (SELECT count(*) FROM venues WHERE platform_venue_code IS NOT NULL) AS venues,
         (SELECT count(*) FROM halls WHERE platform_hall_code IS NOT NULL) AS halls,
         (SELECT count(*) FROM sessions WHERE platform_session_code IS NOT NULL) AS sessions`,
    ) ?? { venues: 0, halls: 0, sessions: 0 }
  );
}
