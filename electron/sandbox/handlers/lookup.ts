import { statement } from '../../../db/statements';
import { notFound, invalid } from '../refusal';
import type { SandboxDb } from '../store';

export interface SessionRow {
  session_code: string;
  session_id: string;
  performance_id: string;
  hall_code: string;
  status: number;
  applied: string;
  current: string;
}

/** The session behind a code, or a 4400 naming the field. */
export function requireSession(db: SandboxDb, sessionCode: string, field: string): SessionRow {
  const row = statement(db, 'SELECT * FROM sessions WHERE session_code = ?').get(sessionCode) as SessionRow | undefined;
  if (!row) throw notFound(`${field}: unknown session code ${sessionCode}; apply for it with /performance/code first`);
  return row;
}

/**
 * requireSession for the lines of one call: each distinct code is read once (a list of 200 check-ins names one
 * or two sessions). Every line is still checked; the answer cannot change inside the call's transaction.
 */
export function sessionsOfCall(db: SandboxDb): (sessionCode: string, field: string) => SessionRow {
  const seen = new Map<string, SessionRow>();
  return (sessionCode, field) => {
    let row = seen.get(sessionCode);
    if (!row) {
      row = requireSession(db, sessionCode, field);
      seen.set(sessionCode, row);
    }
    return row;
  };
}

/** Refuses (4400) a record whose sessionId/performanceId disagree with the session code. */
export function requireSameSession(session: SessionRow, given: { sessionId?: string; performanceId?: string }, path: string): void {
  if (given.sessionId !== undefined && given.sessionId !== session.session_id) {
    throw notFound(`${path}sessionId: ${given.sessionId} does not match session code ${session.session_code} (sessionId ${session.session_id})`);
  }
  if (given.performanceId !== undefined && given.performanceId !== session.performance_id) {
    throw notFound(`${path}performanceId: ${given.performanceId} does not match session code ${session.session_code} (performanceId ${session.performance_id})`);
  }
}

/** Checks a session's place: an enabled, operating hall (11), or a venue without halls (9). */
export function requirePlace(db: SandboxDb, code: string, field: string): void {
  if (code.length === 11) {
    const hall = statement(db, 'SELECT enable_state, management_status FROM halls WHERE hall_code = ?').get(code) as
      | { enable_state: number; management_status: number }
      | undefined;
    if (!hall) throw notFound(`${field}: unknown hall code ${code}`);
    if (hall.enable_state !== 1) throw notFound(`${field}: hall ${code} is disabled`);
    if (hall.management_status !== 1) throw notFound(`${field}: hall ${code} is suspended`);
    return;
  }
  const venue = statement(db, 'SELECT has_hall FROM venues WHERE venue_code = ?').get(code) as { has_hall: number } | undefined;
  if (!venue) throw notFound(`${field}: unknown venue code ${code}`);
  if (venue.has_hall === 1) throw invalid(`${field}: venue ${code} has halls; give the 11-character hall code`);
}

/** Refuses (4000) a typeId that is not in the type list. */
export function requireType(db: SandboxDb, typeId: number): void {
  if (!statement(db, 'SELECT 1 FROM performance_types WHERE type_id = ?').get(typeId)) {
    throw invalid(`typeId: ${typeId} is not in the performance type list (/standard/performance/type/list)`);
  }
}
