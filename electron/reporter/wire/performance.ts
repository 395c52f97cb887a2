import { z } from 'zod';
import { parseWireDateTime } from './datetime';
import { byteEnum, code, dateTime, int, list, optionalText, text } from './fields';
import { HAS_SEAT, SESSION_STATUS, SESSION_TAG } from './inferred';

/** The session fields shared by the code application and the session update. */
const sessionTimes = { sessionStartTime: dateTime, sessionEndTime: dateTime };

function endsAfterStart(session: { sessionStartTime: string; sessionEndTime: string }): boolean {
  const start = parseWireDateTime(session.sessionStartTime);
  const end = parseWireDateTime(session.sessionEndTime);
  return start === null || end === null || end > start;
}

/** One `sessionList` item of A.3.3.1 (Table A.16). `hallCode` is a hall code, or a venue code for a venue without halls. */
export const sessionItem = z
  .object({
    sessionId: text(50),
    sessionName: text(50),
    hallCode: code(9, 11),
    ...sessionTimes,
    seatingChart: optionalText(200),
    hasSeat: byteEnum(HAS_SEAT),
    tag: byteEnum(SESSION_TAG),
  })
  .refine(endsAfterStart, { path: ['sessionEndTime'], error: 'must be after sessionStartTime' });

const performanceFields = {
  performanceId: text(50),
  performanceName: text(100),
  approval: text(50),
  typeId: int(),
  performanceDesc: optionalText(10000),
  sponsor: optionalText(200),
  performer: optionalText(200),
};

/** A.3.3.1 `POST /performance/code` request (Table A.16). */
export const performanceCodeBody = z
  .object({
    ...performanceFields,
    posterUrl: optionalText(512),
    sessionList: list(sessionItem, { min: 1 }),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.sessionList.forEach((session, i) => {
      if (seen.has(session.sessionId)) ctx.addIssue({ code: 'custom', path: ['sessionList', i, 'sessionId'], message: 'appears twice in this list' });
      seen.add(session.sessionId);
    });
  });

/** A.3.3.1 response `data` (Table A.17): each `sessionId` mapped to its `sessionCode`. */
export const performanceCodeData = z.record(z.string(), z.string().min(1));

/** A.3.3.2 `POST /report/performance/update` request (Table A.19); `posterUrl` is 200 here, 512 in A.16. */
export const performanceUpdateBody = z.object({
  ...performanceFields,
  posterUrl: optionalText(200),
});

/** A.3.3.3 `POST /report/session/update` request (Table A.22); cancelling is `sessionStatus` 2. */
export const sessionUpdateBody = z
  .object({
    sessionId: text(50),
    sessionCode: code(21),
    sessionName: text(50),
    ...sessionTimes,
    // Table A.22 gives 11; a venue without halls can only give its 9-character venue code.
    hallCode: code(9, 11),
    hasSeat: byteEnum(HAS_SEAT),
    performanceId: text(50),
    sessionStatus: byteEnum(SESSION_STATUS),
    tag: byteEnum(SESSION_TAG),
    seatingChart: optionalText(200),
  })
  .refine(endsAfterStart, { path: ['sessionEndTime'], error: 'must be after sessionStartTime' });

export type SessionItem = z.input<typeof sessionItem>;
export type PerformanceCodeBody = z.input<typeof performanceCodeBody>;
export type PerformanceCodeData = z.output<typeof performanceCodeData>;
export type PerformanceUpdateBody = z.input<typeof performanceUpdateBody>;
export type SessionUpdateBody = z.input<typeof sessionUpdateBody>;
