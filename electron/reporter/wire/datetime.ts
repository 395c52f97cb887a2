import { WIRE_DATETIME } from './inferred';

const OFFSET_MS = WIRE_DATETIME.utcOffsetMinutes * 60_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
// Four-digit years only: the wire format has no room for others.
const MIN_MS = Date.UTC(1000, 0, 1) - OFFSET_MS;
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59) - OFFSET_MS;

/** The UTC milliseconds a wire date-time can name (toWireDateTime formats exactly these). */
export const WIRE_DATETIME_MS = { min: MIN_MS, max: MAX_MS + 999 } as const;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats UTC milliseconds as the wire's `yyyy-MM-dd HH:mm:ss` in China Standard Time (UTC+8), whatever the machine's zone. */
export function toWireDateTime(utcMs: number): string {
  if (!Number.isFinite(utcMs) || utcMs < WIRE_DATETIME_MS.min || utcMs > WIRE_DATETIME_MS.max) {
    throw new RangeError(`cannot format ${utcMs} as a wire date-time`);
  }
  // Shifting by the offset and reading the UTC fields gives the wall clock in UTC+8 without touching the local zone.
  const d = new Date(Math.floor(utcMs / 1000) * 1000 + OFFSET_MS);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** Parses a wire date-time (UTC+8) to UTC milliseconds, or null when it is not a real instant in that format. */
export function parseWireDateTime(text: string): number | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59 || year < 1000) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2026-02-30 over into March: a real calendar day survives the round trip.
  if (new Date(wall).getUTCDate() !== day) return null;
  return wall - OFFSET_MS;
}

/** Like parseWireDateTime, but throws on a malformed value. */
export function fromWireDateTime(text: string): number {
  const ms = parseWireDateTime(text);
  if (ms === null) throw new RangeError(`"${text}" is not a date-time ${WIRE_DATETIME.pattern} (UTC+8)`);
  return ms;
}
