import { checkIdDocument, normalizeIdNumber } from '../../../../electron/server/contract/schemas';
import type { IdType } from '../../../../electron/server/contract';

export type IdProblem = 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE' | 'REGION';

/** What the ID field shows while the clerk types: nothing yet, progress, a pass, or the problem. */
export type IdFieldState = { kind: 'empty' } | { kind: 'typing'; typed: number; expected: number } | { kind: 'ok' } | { kind: 'bad'; problem: IdProblem };

/** Documents laid out by GB 11643 (18 characters, checksum last): checked character by character as typed. */
const GB11643_TYPES: ReadonlySet<IdType> = new Set(['resident_id', 'hmt_residence_permit']);

/**
 * The state of an ID number field. GB 11643 numbers are judged as they are typed: a wrong character or
 * region shows at once, the checksum at the 18th character. Other documents have no checksum: they are
 * judged when the clerk leaves the field (`finished`), so a half-typed passport is not called wrong.
 */
export function idFieldState(idType: IdType, raw: string, finished: boolean, now: number = Date.now()): IdFieldState {
  const id = normalizeIdNumber(raw);
  if (id === '') return { kind: 'empty' };
  const gb = GB11643_TYPES.has(idType) || (idType === 'foreign_permanent_resident' && /^9\d*$/.test(id));
  if (gb && id.length < 18) {
    if (!/^\d*$/.test(id)) return { kind: 'bad', problem: 'FORMAT' };
    if (id.length >= 2 && idType !== 'foreign_permanent_resident') {
      // The first two digits are already enough to tell a region that does not exist.
      const region = checkIdDocument(idType, `${id.slice(0, 2)}0000199001010000`, now);
      if (!region.ok && region.problem === 'REGION') return { kind: 'bad', problem: 'REGION' };
    }
    return finished ? { kind: 'bad', problem: 'FORMAT' } : { kind: 'typing', typed: id.length, expected: 18 };
  }
  if (!gb && !finished) {
    const check = checkIdDocument(idType, id, now);
    return check.ok ? { kind: 'ok' } : { kind: 'typing', typed: id.length, expected: 0 };
  }
  const check = checkIdDocument(idType, id, now);
  return check.ok ? { kind: 'ok' } : { kind: 'bad', problem: check.problem };
}
