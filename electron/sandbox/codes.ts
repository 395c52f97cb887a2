import { statement } from '../../db/statements';
import { toWireDateTime } from '../reporter/wire/datetime';
import { CODE_LAYOUT } from '../reporter/wire/inferred';
import { Refusal } from './refusal';
import { readMeta, type SandboxDb } from './store';

// The platform makes the nested codes (see CODE_LAYOUT): venue 9 = district 6 + sequence 3;
// hall 11 = venue 9 + sequence 2; session 21 = hall 11 (or venue 9 + "00") + yyMMdd + sequence 4.

/** Where a new data file's code sequences start (meta): a second sandbox with another start is another platform whose codes never collide. */
export const CODE_START_KEY = 'code_start';

function next(db: SandboxDb, prefix: string, width: number): string {
  const start = Number(readMeta(db, CODE_START_KEY) ?? 1);
  const row = statement(db, 'INSERT INTO code_sequences (prefix, last) VALUES (?, ?) ON CONFLICT (prefix) DO UPDATE SET last = last + 1 RETURNING last')
    .get(prefix, start) as { last: number };
  if (row.last >= 10 ** width) throw new Refusal('4000', `no code left under ${prefix}: the platform allows ${10 ** width - 1}`);
  return String(row.last).padStart(width, '0');
}

/** A new venue code in a district. */
export function newVenueCode(db: SandboxDb, districtId: number): string {
  const prefix = String(districtId);
  return prefix + next(db, prefix, CODE_LAYOUT.venue - prefix.length);
}

/** A new hall code in a venue. */
export function newHallCode(db: SandboxDb, venueCode: string): string {
  return venueCode + next(db, venueCode, CODE_LAYOUT.hall - CODE_LAYOUT.venue);
}

/** A new session code in a hall (or a venue without halls), on the day the session starts (UTC+8). */
export function newSessionCode(db: SandboxDb, hallOrVenueCode: string, startMs: number): string {
  const hall = hallOrVenueCode.length === CODE_LAYOUT.venue ? hallOrVenueCode + CODE_LAYOUT.venueWithoutHallsSuffix : hallOrVenueCode;
  const wire = toWireDateTime(startMs);
  const day = wire.slice(2, 4) + wire.slice(5, 7) + wire.slice(8, 10);
  const prefix = hall + day;
  return prefix + next(db, prefix, CODE_LAYOUT.session - prefix.length);
}
