import { statement } from '../../../db/statements';
import { fromWireDateTime } from '../../reporter/wire/datetime';
import { newSessionCode } from '../codes';
import { notFound } from '../refusal';
import { canonical, single, type Handler } from './context';
import { requirePlace, requireType } from './lookup';

/**
 * A.3.3.1: applies for session codes. The same performanceId may come back with more sessions
 * (a show added later): known sessions answer with their codes, new ones get new codes. A known
 * performance or session with other details is 4400: details change through the update calls.
 */
export const performanceCode: Handler<'performanceCode'> = ({ db, now }, body) => {
  requireType(db, body.typeId);
  const { sessionList, ...performance } = body;
  const details = canonical(performance);
  const existing = statement(db, 'SELECT body FROM performances WHERE performance_id = ?').get(body.performanceId) as { body: string } | undefined;
  if (existing && existing.body !== details) {
    throw notFound(`performanceId: ${body.performanceId} already has session codes with other details; change them with /report/performance/update`);
  }
  if (!existing) {
    statement(db, 'INSERT INTO performances (performance_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(body.performanceId, details, now, now);
  }
  const codes: Record<string, string> = {};
  let known = 0;
  sessionList.forEach((session, i) => {
    const path = `sessionList[${i}].`;
    const applied = canonical(session);
    const row = statement(db, 'SELECT session_code, performance_id, applied FROM sessions WHERE session_id = ?').get(session.sessionId) as
      | { session_code: string; performance_id: string; applied: string }
      | undefined;
    if (row) {
      if (row.performance_id !== body.performanceId) throw notFound(`${path}sessionId: ${session.sessionId} belongs to performance ${row.performance_id}`);
      if (row.applied !== applied) {
        throw notFound(`${path}sessionId: ${session.sessionId} already has code ${row.session_code} with other details; change them with /report/session/update`);
      }
      codes[session.sessionId] = row.session_code;
      known++;
      return;
    }
    requirePlace(db, session.hallCode, `${path}hallCode`);
    const sessionCode = newSessionCode(db, session.hallCode, fromWireDateTime(session.sessionStartTime));
    statement(
    db,
      `INSERT INTO sessions (session_code, session_id, performance_id, hall_code, status, applied, current, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    ).run(sessionCode, session.sessionId, body.performanceId, session.hallCode, applied, applied, now, now);
    codes[session.sessionId] = sessionCode;
  });
  return { data: codes, duplicate: existing !== undefined && known === sessionList.length, items: sessionList.length, duplicateItems: known };
};

/** A.3.3.2: replaces a performance's details (a state: the latest wins; the same details again is a duplicate). */
export const performanceUpdate: Handler<'performanceUpdate'> = ({ db, now }, body) => {
  const existing = statement(db, 'SELECT body FROM performances WHERE performance_id = ?').get(body.performanceId) as { body: string } | undefined;
  if (!existing) throw notFound(`performanceId: unknown performance ${body.performanceId}; apply for codes with /performance/code first`);
  requireType(db, body.typeId);
  const details = canonical(body);
  if (details === existing.body) return single(true, true);
  statement(db, 'UPDATE performances SET body = ?, updated_at = ? WHERE performance_id = ?').run(details, now, body.performanceId);
  return single(true, false);
};

/** A.3.3.3: replaces a session's details; `sessionStatus` 2 cancels it. */
export const sessionUpdate: Handler<'sessionUpdate'> = ({ db, now }, body) => {
  const row = statement(db, 'SELECT session_id, performance_id, hall_code, current FROM sessions WHERE session_code = ?').get(body.sessionCode) as
    | { session_id: string; performance_id: string; hall_code: string; current: string }
    | undefined;
  if (!row) throw notFound(`sessionCode: unknown session code ${body.sessionCode}`);
  if (row.session_id !== body.sessionId) throw notFound(`sessionId: ${body.sessionId} does not match session code ${body.sessionCode} (sessionId ${row.session_id})`);
  if (row.performance_id !== body.performanceId) {
    throw notFound(`performanceId: ${body.performanceId} does not match session code ${body.sessionCode} (performanceId ${row.performance_id})`);
  }
  if (body.hallCode !== row.hall_code) requirePlace(db, body.hallCode, 'hallCode');
  const details = canonical(body);
  if (details === row.current) return single(true, true);
  statement(db, 'UPDATE sessions SET current = ?, hall_code = ?, status = ?, updated_at = ? WHERE session_code = ?').run(
    details,
    body.hallCode,
    body.sessionStatus,
    now,
    body.sessionCode,
  );
  return single(true, false);
};
